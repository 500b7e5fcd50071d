BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Web = 'app0webfrontend000000000'
    $script:Worker = 'app2worker00000000000000'
    $script:Broken = 'app3brokenbuild000000000'
    $script:Cache = 'db1cache0000000000000000'
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Deploy and wait' {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        Set-CoolifySimulator $script:Sim @{ deployment_queued_ms = 200; deployment_in_progress_ms = 400 }
        Connect-Sim
    }

    It 'deploys a piped application and waits until the deployment has finished' {
        $result = Get-CoolifyApplication -Name worker | Deploy-CoolifyApplication -Wait
        $result | Should -BeOfType 'Coolify.CoolifyActionResult'
        $result.Status | Should -Be 'finished'
        (Get-CoolifyDeployment -DeploymentUuid $result.DeploymentUuid).Status | Should -Be 'finished'
        (Get-CoolifyApplication -Uuid $script:Worker).Status | Should -BeLike 'running*'
    }

    It 'fails a runbook on a failed build, with the end of the build log in the error' {
        $thrown = { Deploy-CoolifyApplication -Uuid $script:Broken -Wait -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyDeploymentFailed*' -PassThru
        $thrown.Exception.Message | Should -BeLike '*failed*'
        $thrown.Exception.Message | Should -BeLike '*npm ERR! Missing script*'
        $thrown.CategoryInfo.Category | Should -Be 'InvalidResult'
    }

    It 'reports a finished deployment whose application did not start' {
        Set-CoolifySimulator $script:Sim @{ finished_status = 'exited:unhealthy' }
        Start-CoolifyApplication -Uuid $script:Worker -Wait -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyNotRunning,*'
        "$($e[0])" | Should -BeLike '*exited:unhealthy*'
    }

    It 'waits for every deployment a deploy by tag starts' {
        $results = @(Deploy-CoolifyApplication -Tag backend -Wait -WarningAction SilentlyContinue)
        $apps = @($results | Where-Object DeploymentUuid)
        $apps.Uuid | Sort-Object | Should -Be @('app1apibackend0000000000', $script:Worker)
        $apps.Status | Sort-Object -Unique | Should -Be 'finished'
    }

    It 'ends a stuck wait at -Timeout with its own ErrorId' {
        Set-CoolifySimulator $script:Sim @{ deployment_in_progress_ms = 60000 }
        $watch = [Diagnostics.Stopwatch]::StartNew()
        Start-CoolifyApplication -Uuid $script:Worker -Wait -Timeout 2 -ErrorVariable e -ErrorAction SilentlyContinue
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 10
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyWaitTimeout,*'
        $e[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        "$($e[0])" | Should -BeLike '*in_progress*'
    }

    It 'follows a started deployment with Wait-CoolifyDeployment, and reports a cancelled one as an error' {
        Set-CoolifySimulator $script:Sim @{ deployment_in_progress_ms = 60000 }
        $started = Start-CoolifyApplication -Uuid $script:Worker
        $started.DeploymentUuid | Should -Not -BeNullOrEmpty
        ($started | Stop-CoolifyDeployment).Message | Should -BeLike '*cancel*'
        $started | Wait-CoolifyDeployment -Timeout 20 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyDeploymentCancelled,*'

        Set-CoolifySimulator $script:Sim @{ deployment_in_progress_ms = 300 }
        $deployment = Restart-CoolifyApplication -Uuid $script:Web | Wait-CoolifyDeployment -Timeout 20
        $deployment | Should -BeOfType 'Coolify.CoolifyDeployment'
        $deployment.Status | Should -Be 'finished'
    }

    It 'refuses -Wait with a deploy-only token before anything is deployed' {
        Connect-Sim -TokenName Deploy
        Clear-CoolifySimulatorRequest $script:Sim
        { Deploy-CoolifyApplication -Uuid $script:Web -Wait -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyReadPermissionNeeded*'
        { Start-CoolifyApplication -Uuid $script:Web -Wait } | Should -Throw -ErrorId 'CoolifyReadPermissionNeeded*'
        @(Get-CoolifySimulatorRequest $script:Sim -Method POST).Count | Should -Be 0
        # Without -Wait the same token deploys.
        (Deploy-CoolifyApplication -Uuid $script:Web).DeploymentUuid | Should -Not -BeNullOrEmpty
    }

    It 'never sends a deploy twice after a server error, which could queue a second deployment' {
        Clear-CoolifySimulatorRequest $script:Sim
        Add-CoolifySimulatorFault $script:Sim @{ method = 'POST'; path_prefix = '/api/v1/deploy'; status = 502; count = 1 }
        Deploy-CoolifyApplication -Uuid $script:Web -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        @(Get-CoolifySimulatorRequest $script:Sim -Method POST | Where-Object path -like '/api/v1/deploy*').Count | Should -Be 1
        # A 429 is different: Coolify refused it before doing anything, so it is waited out and sent again.
        Add-CoolifySimulatorFault $script:Sim @{ method = 'POST'; path_prefix = '/api/v1/deploy'; status = 429; retry_after = 1; count = 1 }
        (Deploy-CoolifyApplication -Uuid $script:Web -WarningAction SilentlyContinue).DeploymentUuid | Should -Not -BeNullOrEmpty
    }

    It 'checks -DockerTag needs -PullRequest before sending' {
        Clear-CoolifySimulatorRequest $script:Sim
        { Deploy-CoolifyApplication -Uuid $script:Worker -DockerTag 'pr-7' } | Should -Throw -ErrorId 'CoolifyInvalidArgument*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }
}

Describe 'Deployment logs' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim -TokenName Sensitive }

    It 'decodes the build log that Coolify stores as a JSON string' {
        $entries = @(Get-CoolifyDeploymentLog -DeploymentUuid 'dep1brokenbuild000000001')
        $entries.Count | Should -BeGreaterThan 1
        $entries[0] | Should -BeOfType 'Coolify.CoolifyDeploymentLogEntry'
        $entries[-1].Type | Should -Be 'stderr'
        $entries.Output | Should -Contain 'npm ERR! Missing script: "build"'
        @(Get-CoolifyDeploymentLog -DeploymentUuid 'dep1brokenbuild000000001' -Tail 1).Count | Should -Be 1
    }

    It 'says the log is hidden when the token lacks read:sensitive, instead of printing nothing' {
        Connect-Sim -TokenName Read
        Get-CoolifyDeploymentLog -DeploymentUuid 'dep1brokenbuild000000001' -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyLogHidden,*'
        "$($e[0])" | Should -BeLike '*read:sensitive*'
    }
}

Describe 'Waiting for services and databases' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Set-CoolifySimulator $script:Sim @{ status_delay_ms = 600 } }

    It 'starts and stops a database with -Wait until its status is reached' {
        $started = Start-CoolifyDatabase -Uuid $script:Cache -Wait -Timeout 20
        $started.Status | Should -BeLike 'running*'
        $stopped = Get-CoolifyDatabase -Name cache | Stop-CoolifyDatabase -Wait -Timeout 20
        $stopped.Status | Should -BeLike 'exited*'
    }

    It 'starts a service with -Wait' {
        (Start-CoolifyService -Uuid 'k0wcgw4' -Wait -Timeout 20).Status | Should -BeLike 'running*'
    }
}

Describe 'Following container logs' {
    BeforeAll { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'writes only new lines, none twice, until the pipeline stops' {
        $lines = @(Get-CoolifyLog -ApplicationUuid $script:Web -Tail 3 -Follow -PollSec 1 | Select-Object -First 25)
        $lines.Count | Should -Be 25
        $numbers = $lines | ForEach-Object { [int]($_ -replace '^.* log line ', '') }
        ($numbers | Sort-Object -Unique).Count | Should -Be 25
        for ($i = 1; $i -lt $numbers.Count; $i++) { $numbers[$i] | Should -BeGreaterThan $numbers[$i - 1] }
        $lines[0] | Should -BeLike 'web-frontend log line *'
    }
}

Describe 'Bulk actions at speed' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'restarts 500 piped services against a rate limit with no failed item, in input order' {
        Set-CoolifySimulator $script:Sim @{ rate_limit = 120; rate_limit_window_seconds = 2 }
        $null = Invoke-SimControl $script:Sim 'stats' -Method DELETE
        Connect-Sim
        $ids = 1..500 | ForEach-Object { if ($_ % 2) { 'k0wcgw4' } else { 'xk9q2m7a1b3c5d7e9f0g2h4j' } }
        $results = @($ids | Restart-CoolifyService -ThrottleLimit 16 -Confirm:$false -ErrorVariable e -WarningAction SilentlyContinue)
        $e | Should -BeNullOrEmpty
        $results.Count | Should -Be 500
        ($results.Uuid -join ',') | Should -Be ($ids -join ',')
        # The limit ran out four times; the module waited for each window instead of meeting 429s
        # (one, at most, to learn when the first window ends).
        (Invoke-SimControl $script:Sim 'stats').rate_limited | Should -BeLessOrEqual 1
    }

    It 'asks for confirmation per item on the pipeline thread before sending' {
        Clear-CoolifySimulatorRequest $script:Sim
        'k0wcgw4', 'xk9q2m7a1b3c5d7e9f0g2h4j' | Stop-CoolifyService -WhatIf -ThrottleLimit 4
        @(Get-CoolifySimulatorRequest $script:Sim -Method POST).Count | Should -Be 0
    }
}
