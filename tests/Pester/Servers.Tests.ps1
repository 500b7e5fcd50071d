BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Servers, resources and domains' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'lists servers by name and gets one by id from the pipeline' {
        $servers = @(Get-CoolifyServer)
        $servers.Count | Should -Be 2
        $servers[0] | Should -BeOfType 'Coolify.CoolifyServer'
        $edge = Get-CoolifyServer -Name 'edge*'
        $edge.Name | Should -Be 'edge-1'
        ($edge | Get-CoolifyServer).Ip | Should -Be '10.0.0.5'
        'nosuchserver000' | Get-CoolifyServer -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
    }

    It 'lists every resource, or those of a piped server' {
        @(Get-CoolifyResource).Count | Should -BeGreaterOrEqual 6
        (Get-CoolifyResource -Name 'n8n').Type | Should -Be 'service'
        @(Get-CoolifyServer -Name localhost | Get-CoolifyResource).Count | Should -BeGreaterOrEqual 6
        @(Get-CoolifyServer -Name edge-1 | Get-CoolifyResource).Count | Should -Be 0
    }

    It 'lists the domains a server serves' {
        $domains = Get-CoolifyServer -Name localhost | Get-CoolifyDomain
        $domains.Domains | Should -Contain 'https://n8n.example.com'
        $domains.ServerUuid | Should -Be 'srv0localhost0000000000a'
    }

    It 'pipes a server into New-CoolifyService' {
        $s = Get-CoolifyServer -Name localhost | New-CoolifyService -Type 'ghost' -ProjectUuid 'prj0web00000000000000000' -EnvironmentName production
        $s.ServiceType | Should -Be 'ghost'
    }
}
