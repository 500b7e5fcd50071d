BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Invoke-CoolifyRequest' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'calls any route and writes each item of a JSON array with the server''s field names' {
        $servers = @(Invoke-CoolifyRequest /servers)
        $servers.Count | Should -Be 2
        $servers[0].uuid | Should -Be 'srv0localhost0000000000a'
    }

    It 'returns plain-text answers as a string' {
        Invoke-CoolifyRequest 'version' | Should -Be '4.3.11'
    }

    It 'sends a hashtable or object body as JSON and query parameters' {
        Invoke-CoolifyRequest -Method PATCH -Path '/services/k0wcgw4' -Body @{ description = 'via escape hatch' } -Confirm:$false | Out-Null
        (Get-CoolifyService -Uuid k0wcgw4).Description | Should -Be 'via escape hatch'
        $lines = Invoke-CoolifyRequest '/services/k0wcgw4/logs' -Query @{ sub_service_name = 'n8n'; lines = 3 }
        ($lines.logs -split "`n" | Where-Object { $_ }).Count | Should -Be 3
    }

    It '-WhatIf sends nothing for a change' {
        Clear-CoolifySimulatorRequest $script:Sim
        Invoke-CoolifyRequest -Method POST -Path '/services/k0wcgw4/start' -WhatIf
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'maps errors as every cmdlet does: an unknown route is CoolifyRouteNotFound' {
        Invoke-CoolifyRequest '/no/such/route' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyRouteNotFound,*'
    }

    It 'refuses paths that could leave the API or smuggle a query, before sending' {
        Clear-CoolifySimulatorRequest $script:Sim
        foreach ($bad in '../health', '/services/../../x', '/services?x=1', '/a b', '/a%2Fb') {
            Invoke-CoolifyRequest $bad -ErrorVariable e -ErrorAction SilentlyContinue
            $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        }
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'refuses a string body that is not JSON' {
        Invoke-CoolifyRequest -Method POST -Path /tags -Body '{not json' -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
    }
}
