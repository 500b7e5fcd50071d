# One command over several Coolify instances (-Connection with several names, objects or wildcards): each
# instance in the order given, output marked with its connection, a failing instance one error that names it.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Other = Start-CoolifySimulator
    Connect-Sim -Simulator $script:Sim -Name fleet-a
    Connect-Sim -Simulator $script:Other -Name fleet-b -NoDefault
}

AfterAll {
    Disconnect-Coolify -Name fleet-a, fleet-b -ErrorAction SilentlyContinue
    Stop-CoolifySimulator $script:Sim
    if ($script:Other) { Stop-CoolifySimulator $script:Other }
}

Describe 'Several instances' {
    It 'reads from each instance in the order given, and marks each object with its connection' {
        $got = Get-CoolifyApplication -Connection fleet-b, fleet-a
        $names = @($got.ConnectionName | Select-Object -Unique)
        $names | Should -Be @('fleet-b', 'fleet-a')
        @($got | Where-Object ConnectionName -eq 'fleet-a').Count | Should -Be @(Get-CoolifyApplication -Connection fleet-a).Count
    }

    It 'takes wildcards' {
        $got = Get-CoolifyService -Connection 'fleet-*'
        @($got.ConnectionName | Select-Object -Unique) | Should -Be @('fleet-a', 'fleet-b')
    }

    It 'refuses a pattern that matches no connection, before sending anything' {
        { Get-CoolifyApplication -Connection 'nothing-*' } | Should -Throw -ExpectedMessage "*No Coolify connection matches 'nothing-*'*"
    }

    It 'sends a piped change to each instance, and pipes its objects on to the instance they came from' {
        $id = (Get-CoolifyApplication -Connection fleet-a | Select-Object -First 1).Uuid
        $got = $id | Set-CoolifyApplication -Description 'fleet' -Connection fleet-a, fleet-b
        $got.ConnectionName | Should -Be @('fleet-a', 'fleet-b')
        @(Get-CoolifySimulatorRequest $script:Other -Method PATCH).Count | Should -Be 1
        $again = Get-CoolifyApplication -Connection fleet-a, fleet-b | Where-Object Uuid -eq $id | Get-CoolifyApplication
        $again.ConnectionName | Should -Be @('fleet-a', 'fleet-b')
    }

    It 'names the instance in -WhatIf' {
        $module = (Get-Module Coolify).Path
        $a = $script:Sim; $b = $script:Other
        $script = @"
Import-Module '$module'
`$t = ConvertTo-SecureString '$(Get-SimToken Root)' -AsPlainText -Force
Connect-Coolify -Url '$($a.Url)' -Token `$t -Name fleet-a -WarningAction SilentlyContinue
Connect-Coolify -Url '$($b.Url)' -Token `$t -Name fleet-b -NoDefault -WarningAction SilentlyContinue
Remove-CoolifyApplication -Uuid app0webfrontend000000000 -Connection fleet-* -WhatIf
"@
        $lines = Invoke-ChildPwsh -Command $script -CaptureOutput
        ($lines | Where-Object { $_ -like 'What if:*' }).Count | Should -Be 2
        $lines -join "`n" | Should -Match ([regex]::Escape("on fleet-a ($($a.Url))"))
        $lines -join "`n" | Should -Match ([regex]::Escape("on fleet-b ($($b.Url))"))
    }

    It 'completes ids from each instance, each with its connection' {
        $line = 'Get-CoolifyApplication -Connection fleet-a, fleet-b -Uuid '
        $matches = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        @($matches | Where-Object ListItemText -like '* @ fleet-a').Count | Should -BeGreaterThan 0
        @($matches | Where-Object ListItemText -like '* @ fleet-b').Count | Should -BeGreaterThan 0
    }

    It 'with one instance down, yields the other''s objects and one error that names the down instance' {
        $url = $script:Other.Url
        Stop-CoolifySimulator $script:Other
        $script:Other = $null
        $got = Get-CoolifyApplication -Connection fleet-a, fleet-b -ErrorVariable failed -ErrorAction SilentlyContinue
        @($got).Count | Should -BeGreaterThan 0
        @($got.ConnectionName | Select-Object -Unique) | Should -Be @('fleet-a')
        $failed.Count | Should -Be 1
        "$($failed[0])" | Should -BeLike "fleet-b ($url)*"
        # Non-terminating: a script goes on after it.
        $after = Get-CoolifyService -Connection fleet-b, fleet-a -ErrorAction SilentlyContinue
        @($after.ConnectionName | Select-Object -Unique) | Should -Be @('fleet-a')
    }
}
