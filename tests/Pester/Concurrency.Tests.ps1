# Piped items go out several at once (CoolifyCmdlet.Queue, -ThrottleLimit) for every cmdlet: for a read, a
# write and a delete, what the user sees must be what one-by-one sending gives, in the same order.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    Connect-Sim

    # The applications in the order they are piped; the first is answered last (a slow request), so
    # output in input order proves the answers are put back in order, not written as they arrive.
    function Get-PipedIds {
        $ids = @((Get-CoolifyApplication).Uuid)
        Add-CoolifySimulatorFault $script:Sim @{ path_prefix = "/api/v1/applications/$($ids[0])"; latency_ms = 600; count = 50 }
        $ids
    }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Piped items sent several at once' {
    AfterEach { Reset-CoolifySimulator $script:Sim }

    Describe 'A read (Get-CoolifyApplication)' {
        It 'writes piped ids in input order although the first answer comes last' {
            $ids = Get-PipedIds
            $piped = $ids + $ids
            $got = $piped | Get-CoolifyApplication -ThrottleLimit 8
            $got.Uuid | Should -Be $piped
        }

        It 'keeps an error with its own item and writes the others' {
            $ids = Get-PipedIds
            $piped = @($ids[0], 'doesnotexist000000000000', $ids[1])
            $got = $piped | Get-CoolifyApplication -ErrorVariable failed -ErrorAction SilentlyContinue
            $got.Uuid | Should -Be @($ids[0], $ids[1])
            $failed.Count | Should -Be 1
            $failed[0].TargetObject | Should -Be 'doesnotexist000000000000'
        }

        It 'stops at an authentication error without sending the rest' {
            $ids = @((Get-CoolifyApplication).Uuid)
            $many = 1..30 | ForEach-Object { $ids[$_ % $ids.Count] }
            Clear-CoolifySimulatorRequest $script:Sim
            # Every answer after the first is a 401, as when a token is revoked mid-run.
            Add-CoolifySimulatorFault $script:Sim @{ path_prefix = '/api/v1/applications/'; status = 401; body = '{"message":"Unauthenticated."}'; count = 1000 }
            { $many | Get-CoolifyApplication -ThrottleLimit 4 -ErrorAction SilentlyContinue } | Should -Throw -ErrorId 'CoolifyUnauthenticated,Coolify.Cmdlets.Applications.GetCoolifyApplicationCommand'
            $sent = @(Get-CoolifySimulatorRequest $script:Sim | Where-Object path -like '/api/v1/applications/*').Count
            $sent | Should -Be 1 -Because 'the first request goes alone; its 401 stops the command before more go out'
        }

        It 'stops at an authentication error that comes after a success, with at most -ThrottleLimit more sent' {
            $ids = @((Get-CoolifyApplication).Uuid)
            $many = @($ids[0]) + @(1..29 | ForEach-Object { $ids[1] })
            Clear-CoolifySimulatorRequest $script:Sim
            Add-CoolifySimulatorFault $script:Sim @{ path_prefix = "/api/v1/applications/$($ids[1])"; status = 401; body = '{"message":"Unauthenticated."}'; count = 1000 }
            $written = [System.Collections.Generic.List[object]]::new()
            { $many | Get-CoolifyApplication -ThrottleLimit 4 -ErrorAction SilentlyContinue | ForEach-Object { $written.Add($_) } } | Should -Throw -ErrorId 'CoolifyUnauthenticated,Coolify.Cmdlets.Applications.GetCoolifyApplicationCommand'
            $written.Uuid | Should -Be @($ids[0])
            $sent = @(Get-CoolifySimulatorRequest $script:Sim | Where-Object path -like '/api/v1/applications/*').Count
            $sent | Should -BeLessOrEqual 5 -Because 'after the first success at most 4 are in flight when the 401 arrives; none is sent after it'
        }
        It 'sends nothing more once an authentication error is back, even while an earlier answer is still out' {
            $ids = @((Get-CoolifyApplication).Uuid)
            # The first succeeds alone; the second is slow; every later one is refused at once, as when a token is
            # revoked mid-run: their 401s come back while the slow answer, which is written first, is still out.
            $many = @($ids[0], $ids[2]) + @(1..28 | ForEach-Object { $ids[1] })
            Clear-CoolifySimulatorRequest $script:Sim
            Add-CoolifySimulatorFault $script:Sim @{ path_prefix = "/api/v1/applications/$($ids[2])"; latency_ms = 400; count = 1 }
            Add-CoolifySimulatorFault $script:Sim @{ path_prefix = "/api/v1/applications/$($ids[1])"; status = 401; body = '{"message":"Unauthenticated."}'; count = 1000 }
            $written = [System.Collections.Generic.List[object]]::new()
            { $many | Get-CoolifyApplication -ThrottleLimit 4 -ErrorAction SilentlyContinue | ForEach-Object { $written.Add($_) } } | Should -Throw -ErrorId 'CoolifyUnauthenticated,Coolify.Cmdlets.Applications.GetCoolifyApplicationCommand'
            $written.Uuid | Should -Be @($ids[0], $ids[2])
            $sent = @(Get-CoolifySimulatorRequest $script:Sim | Where-Object path -like '/api/v1/applications/*').Count
            $sent | Should -Be 5 -Because 'the first alone, then four at once; the 401s stop the command before more go out'
        }
    }

    Describe 'A write (Set-CoolifyApplication)' {
        It 'sends one change per piped item and writes the results in input order' {
            $ids = Get-PipedIds
            $got = $ids | Set-CoolifyApplication -Description 'changed together'
            $got.Uuid | Should -Be $ids
            $sent = @(Get-CoolifySimulatorRequest $script:Sim -Method PATCH)
            $sent.path | Sort-Object | Should -Be ($ids | ForEach-Object { "/api/v1/applications/$_" } | Sort-Object)
            $sent | ForEach-Object { ($_.body | ConvertFrom-Json).description | Should -Be 'changed together' }
        }

        It 'asks for each item before anything is sent: -WhatIf sends nothing' {
            $ids = Get-PipedIds
            Clear-CoolifySimulatorRequest $script:Sim
            $ids | Set-CoolifyApplication -Description 'x' -WhatIf
            @(Get-CoolifySimulatorRequest $script:Sim -Method PATCH).Count | Should -Be 0
        }
    }

    Describe 'A delete (Remove-CoolifyApplication)' {
        It 'deletes every piped item once and keeps an error with its own item' {
            $ids = Get-PipedIds
            $piped = @($ids[0], 'doesnotexist000000000000', $ids[1])
            $piped | Remove-CoolifyApplication -Force -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed.Count | Should -Be 1
            $failed[0].TargetObject | Should -Be 'doesnotexist000000000000'
            # Once each; the order they reach the server in is not fixed, since the second and third go out together.
            $deleted = @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).path
            $deleted | Sort-Object | Should -Be (@("/api/v1/applications/$($ids[0])", '/api/v1/applications/doesnotexist000000000000', "/api/v1/applications/$($ids[1])") | Sort-Object)
            (Get-CoolifyApplication).Uuid | Should -Not -Contain $ids[0]
        }

        It 'asks for each item before anything is sent: -WhatIf deletes nothing' {
            $ids = Get-PipedIds
            $ids | Remove-CoolifyApplication -WhatIf
            @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 0
            (Get-CoolifyApplication).Count | Should -Be $ids.Count
        }
    }
}
