BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Teams' {
    BeforeAll { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'gets the token''s team by default, the list, and a team by integer id' {
        $team = Get-CoolifyTeam
        $team | Should -BeOfType 'Coolify.CoolifyTeam'
        $team.Id | Should -Be 0
        @(Get-CoolifyTeam -List).Count | Should -Be 1
        (0 | Get-CoolifyTeam).Name | Should -Be 'Root Team'
        Get-CoolifyTeam -Id 42 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
    }

    It 'lists members of the token''s team or of a piped team' {
        (Get-CoolifyTeamMember).Email | Should -Contain 'dev@example.com'
        @(Get-CoolifyTeam | Get-CoolifyTeamMember).Count | Should -Be 2
    }

    It 'refuses a team id that is not a number before sending' {
        Clear-CoolifySimulatorRequest $script:Sim
        { Get-CoolifyTeam -Id 'abc' } | Should -Throw -ErrorId 'CannotConvertArgument*'
        { Get-CoolifyTeamMember -TeamId -1 } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }
}
