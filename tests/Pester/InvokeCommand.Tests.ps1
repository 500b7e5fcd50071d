# Invoke-CoolifyCommand: one-off commands through a scheduled task that is always deleted again.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Token = Get-SimToken Root
    $script:App = 'app0webfrontend000000000'
    $script:Api = 'app1apibackend0000000000'
    $script:Service = 'xk9q2m7a1b3c5d7e9f0g2h4j'

    function Get-TaskCount {
        @(Get-CoolifyScheduledTask -ApplicationUuid $script:App) + @(Get-CoolifyScheduledTask -ApplicationUuid $script:Api) +
        @(Get-CoolifyScheduledTask -ServiceUuid $script:Service) + @(Get-CoolifyScheduledTask -ServiceUuid k0wcgw4) | Measure-Object | ForEach-Object Count
    }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Invoke-CoolifyCommand' {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        Connect-Sim
        Clear-CoolifySimulatorRequest $script:Sim
    }

    It 'runs the command and writes its result, through a disabled task that is deleted afterwards' {
        $result = Invoke-CoolifyCommand -ApplicationUuid $script:App -Command 'echo hello'
        $result | Should -BeOfType 'Coolify.CoolifyCommandResult'
        $result.Uuid | Should -Be $script:App
        $result.ResourceType | Should -Be 'Application'
        $result.Command | Should -Be 'echo hello'
        $result.Container | Should -BeNullOrEmpty
        $result.Status | Should -Be 'success'
        $result.Output | Should -Be 'hello'
        $result.ExitCode | Should -Be 0
        $result.Started | Should -BeOfType [datetime]
        $result.Finished | Should -BeGreaterOrEqual $result.Started
        $result.ExecutionUuid | Should -Not -BeNullOrEmpty

        $create = Get-CoolifySimulatorRequest $script:Sim -Method POST | Where-Object path -eq "/api/v1/applications/$($script:App)/scheduled-tasks"
        $body = $create.body | ConvertFrom-Json
        $body.enabled | Should -BeFalse
        $body.frequency | Should -Be 'yearly'
        $body.timeout | Should -Be 600
        $body.command | Should -Be 'echo hello'
        @(Get-CoolifySimulatorRequest $script:Sim -Method POST | Where-Object path -like '*/execute').Count | Should -Be 1
        @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 1
        Get-TaskCount | Should -Be 0
    }

    It 'runs in a named container of a service and sends -Timeout as the task''s timeout' {
        $result = Invoke-CoolifyCommand -ServiceUuid $script:Service -Container n8n -Command 'echo exported' -Timeout 120
        $result.ResourceType | Should -Be 'Service'
        $result.Container | Should -Be 'n8n'
        $result.Output | Should -Be 'exported'
        $body = (Get-CoolifySimulatorRequest $script:Sim -Method POST | Where-Object path -eq "/api/v1/services/$($script:Service)/scheduled-tasks").body | ConvertFrom-Json
        $body.container | Should -Be 'n8n'
        $body.timeout | Should -Be 120
        Get-TaskCount | Should -Be 0
    }

    It 'writes a failed command as CoolifyCommandFailed with its output, goes on with the next item, and deletes the task' {
        $results = @([pscustomobject]@{ ApplicationUuid = $script:App }, [pscustomobject]@{ ApplicationUuid = $script:Api } |
            Invoke-CoolifyCommand -Command 'echo tests broke; exit 1' -ErrorVariable failed -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 0
        $failed.Count | Should -Be 2
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyCommandFailed,*'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $failed[0].Exception.Message | Should -Match 'tests broke'
        $failed[0].TargetObject | Should -BeOfType 'Coolify.CoolifyCommandResult'
        $failed[0].TargetObject.Status | Should -Be 'failed'
        $failed[0].TargetObject.Output | Should -Be 'tests broke'
        $failed[0].TargetObject.ExitCode | Should -BeNullOrEmpty -Because 'Coolify reports an exit code only for a command that printed nothing'
        $failed[1].TargetObject.Uuid | Should -Be $script:Api
        @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 2
        Get-TaskCount | Should -Be 0
    }

    It 'reads the exit code Coolify reports for a failed command that printed nothing' {
        Invoke-CoolifyCommand -ApplicationUuid $script:App -Command 'exit 3' -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].TargetObject.ExitCode | Should -Be 3
        $failed[0].TargetObject.Output | Should -BeNullOrEmpty
        $failed[0].Exception.Message | Should -Match 'exit code 3'
    }

    It 'fails with Coolify''s reason when the resource has no running container' {
        Invoke-CoolifyCommand -ServiceUuid k0wcgw4 -Command 'ls' -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyCommandFailed,*'
        $failed[0].TargetObject.Output | Should -Match 'No containers running'
        Get-TaskCount | Should -Be 0
    }

    It 'stops waiting after -Timeout with CoolifyWaitTimeout and deletes the task' {
        # The run waits in the queue longer than the simulated server's timeout lead, so the module's deadline comes first.
        Set-CoolifySimulator $script:Sim @{ scheduled_task_queued_ms = 500 }
        $watch = [Diagnostics.Stopwatch]::StartNew()
        Invoke-CoolifyCommand -ApplicationUuid $script:App -Command 'sleep 30' -Timeout 1 -ErrorVariable failed -ErrorAction SilentlyContinue
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 5
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyWaitTimeout,*'
        $failed[0].Exception.Message | Should -Match 'sleep 30'
        @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 1
        Get-TaskCount | Should -Be 0
    }

    It 'deletes the task when the pipeline is stopped (Ctrl+C) while the command runs' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$($script:ModulePath)'; Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -WarningAction SilentlyContinue; Invoke-CoolifyCommand -ApplicationUuid $($script:App) -Command 'sleep 60'")
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(20)
            while (@(Get-CoolifySimulatorRequest $script:Sim | Where-Object path -like '*/executions').Count -eq 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
            Get-TaskCount | Should -Be 1 -Because 'the task exists while the command runs'
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 5
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            $null = $async
        }
        finally {
            $ps.Dispose()
        }
        @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 1
        Get-TaskCount | Should -Be 0
    }

    It 'sends nothing with -WhatIf, and the message names the command and the resource' {
        $out = Invoke-ChildPwsh -CaptureOutput -Command "Import-Module '$($script:ModulePath)'; Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -WarningAction SilentlyContinue; Invoke-CoolifyCommand -ApplicationUuid $($script:App) -Command 'php artisan migrate --force' -WhatIf"
        ($out -join "`n") | Should -Match "php artisan migrate --force"
        ($out -join "`n") | Should -Match "application $($script:App)"
        @(Get-CoolifySimulatorRequest $script:Sim | Where-Object method -ne 'GET').Count | Should -Be 0
        Get-TaskCount | Should -Be 0
    }

    It 'binds a piped application to -ApplicationUuid, a piped service to -ServiceUuid, and a piped result to its resource again' {
        $results = @(Get-CoolifyApplication | Where-Object Name -in 'web-frontend', 'api-backend' | Invoke-CoolifyCommand -Command 'echo app')
        ($results.Uuid | Sort-Object) | Should -Be @($script:App, $script:Api)
        $results.ResourceType | Sort-Object -Unique | Should -Be 'Application'

        $service = Get-CoolifyService -Name n8n-staging | Invoke-CoolifyCommand -Command 'echo svc'
        $service.Uuid | Should -Be $script:Service
        $service.ResourceType | Should -Be 'Service'

        $again = $service | Invoke-CoolifyCommand -Command 'echo again'
        $again.Uuid | Should -Be $script:Service
        $again.ResourceType | Should -Be 'Service'
        @(Get-CoolifySimulatorRequest $script:Sim -Method POST | Where-Object path -like '/api/v1/services/*/scheduled-tasks').Count | Should -Be 2
        Get-TaskCount | Should -Be 0
    }

    It 'refuses an invalid id before sending anything' {
        Invoke-CoolifyCommand -ApplicationUuid '../x' -Command 'ls' -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidId,*'
        @(Get-CoolifySimulatorRequest $script:Sim | Where-Object method -ne 'GET').Count | Should -Be 0
    }

    It 'warns with the task''s id when the task cannot be deleted' {
        Add-CoolifySimulatorFault $script:Sim @{ method = 'DELETE'; path_prefix = "/api/v1/applications/$($script:App)/scheduled-tasks/"; status = 422; body = '{"message":"Nope."}'; count = 5 }
        $result = Invoke-CoolifyCommand -ApplicationUuid $script:App -Command 'echo hi' -WarningVariable warned -WarningAction SilentlyContinue
        $result.Output | Should -Be 'hi'
        $warned.Count | Should -Be 1
        $task = @(Get-CoolifyScheduledTask -ApplicationUuid $script:App)
        $task.Count | Should -Be 1
        "$($warned[0])" | Should -Match ([regex]::Escape($task[0].Uuid))
        "$($warned[0])" | Should -Match 'Remove-CoolifyScheduledTask'
    }
}

Describe 'Scheduled tasks in the simulator' {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        Connect-Sim
    }

    It 'creates, runs, lists executions of, updates and deletes a task with the generated cmdlets' {
        $task = Get-CoolifyApplication -Name web-frontend | New-CoolifyScheduledTask -Name nightly-cleanup -Command 'echo pruned' -Frequency '0 3 * * *'
        $task.Enabled | Should -BeTrue -Because 'Coolify enables a task unless told otherwise'
        $task.Timeout | Should -Be 300
        $listed = Get-CoolifyApplication -Name web-frontend | Get-CoolifyScheduledTask -Name nightly-cleanup
        $listed.Uuid | Should -Be $task.Uuid
        (Invoke-CoolifyScheduledTask -ApplicationUuid $script:App -ScheduledTaskUuid $task.Uuid).Message | Should -Be 'Scheduled task execution queued.'
        $deadline = [DateTime]::UtcNow.AddSeconds(10)
        do { Start-Sleep -Milliseconds 200; $run = Get-CoolifyScheduledTaskExecution -ApplicationUuid $script:App -ScheduledTaskUuid $task.Uuid | Select-Object -First 1 }
        until (($run -and $run.Status -ne 'running') -or [DateTime]::UtcNow -gt $deadline)
        $run.Status | Should -Be 'success'
        $run.Message | Should -Be 'pruned'
        $run.FinishedAt | Should -Not -BeNullOrEmpty
        (Set-CoolifyScheduledTask -ApplicationUuid $script:App -ScheduledTaskUuid $task.Uuid -Enabled:$false).Enabled | Should -BeFalse
        Remove-CoolifyScheduledTask -ApplicationUuid $script:App -ScheduledTaskUuid $task.Uuid -Force
        @(Get-CoolifyScheduledTask -ApplicationUuid $script:App).Count | Should -Be 0
    }

    It 'refuses a frequency that is neither cron nor one of Coolify''s words' {
        { New-CoolifyScheduledTask -ServiceUuid $script:Service -Name x -Command ls -Frequency 'sometimes' -ErrorAction Stop } |
            Should -Throw -ErrorId 'CoolifyValidationFailed*'
    }
}
