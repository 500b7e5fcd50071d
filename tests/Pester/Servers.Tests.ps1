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

    It 'lists the domains a server serves, as host names the way Coolify lists them' {
        $domains = Get-CoolifyServer -Name localhost | Get-CoolifyDomain
        $domains.Domains | Should -Contain 'n8n.example.com'
        $domains.Domains | Should -Contain 'web.example.com'
        $domains.ServerUuid | Should -Be 'srv0localhost0000000000a'
        (Get-CoolifySimulatorRequest $script:Sim -Method GET)[-1].query | Should -BeNullOrEmpty
    }

    It 'gets the domains of one application with -ApplicationUuid (uuid= on the wire): host names and the URLs as stored' {
        Clear-CoolifySimulatorRequest $script:Sim
        $domain = Get-CoolifyDomain -ServerUuid srv0localhost0000000000a -ApplicationUuid app0webfrontend000000000
        $sent = @(Get-CoolifySimulatorRequest $script:Sim -Method GET)
        $sent.Count | Should -Be 1
        $sent[0].path | Should -Be '/api/v1/servers/srv0localhost0000000000a/domains'
        $sent[0].query | Should -Be 'uuid=app0webfrontend000000000'
        @($domain).Count | Should -Be 1
        $domain | Should -BeOfType 'Coolify.CoolifyDomain'
        $domain.Domains | Should -Be @('web.example.com')
        $domain.Urls | Should -Be @('https://web.example.com')
        $domain.ApplicationUuid | Should -Be 'app0webfrontend000000000'
        $domain.ServerUuid | Should -Be 'srv0localhost0000000000a'
        $domain.Ip | Should -BeNullOrEmpty
        Get-CoolifyDomain -ServerUuid srv0localhost0000000000a -ApplicationUuid nosuchapp0000000000000000 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
        "$($e[0])" | Should -BeLike '*Application not found*'
    }

    It 'gets a server with its resources only with -IncludeResources (resources=true), since any value turns it on' {
        Clear-CoolifySimulatorRequest $script:Sim
        $plain = Get-CoolifyServer -Uuid srv0localhost0000000000a
        $plain.Resources | Should -BeNullOrEmpty
        $with = Get-CoolifyServer -Uuid srv0localhost0000000000a -IncludeResources
        $queries = @(Get-CoolifySimulatorRequest $script:Sim -Method GET).query
        $queries[0] | Should -BeNullOrEmpty
        $queries[1] | Should -Be 'resources=true'
        $with.Resources.Count | Should -BeGreaterOrEqual 6
        $with.Resources[0] | Should -BeOfType 'Coolify.CoolifyResource'
        ($with.Resources | Where-Object Name -eq 'n8n').Type | Should -Be 'service'
        (Get-CoolifyServer -Uuid srv1edge0000000000000000 -IncludeResources).Resources.Count | Should -Be 0
        Clear-CoolifySimulatorRequest $script:Sim
        (Get-CoolifyServer -Uuid srv0localhost0000000000a -IncludeResources:$false).Resources | Should -BeNullOrEmpty
        (Get-CoolifySimulatorRequest $script:Sim -Method GET)[-1].query | Should -BeNullOrEmpty -Because 'resources=false would turn the resources on'
    }

    It 'pipes a server into New-CoolifyService' {
        $s = Get-CoolifyServer -Name localhost | New-CoolifyService -Type 'ghost' -ProjectUuid 'prj0web00000000000000000' -EnvironmentName production
        $s.ServiceType | Should -Be 'ghost'
    }
}
