# -ShowBuildLog: the build log of each deployment a command waits for, line by line while it runs, written as
# Write-Host writes (InformationRecords with a HostInformationMessage, tags CoolifyBuildLog and PSHOST).
# The simulator adds one log line at a time over deployment_in_progress_ms (tests/Coolify.Simulator/README.md).
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Web = 'app0webfrontend000000000'
    $script:Api = 'app1apibackend0000000000'
    $script:Worker = 'app2worker00000000000000'
    $script:Broken = 'app3brokenbuild000000000'

    # The build-log records among what a command wrote with 6>&1.
    function Get-LogRecord($Output) {
        @($Output | Where-Object { $_ -is [System.Management.Automation.InformationRecord] -and $_.Tags -contains 'CoolifyBuildLog' })
    }

    # The lines the deployment's log holds once it has ended, as Get-CoolifyDeploymentLog reads them.
    function Get-LogLine([string] $DeploymentUuid, [switch] $IncludeHidden) {
        @(Get-CoolifyDeploymentLog -DeploymentUuid $DeploymentUuid -IncludeHidden:$IncludeHidden | ForEach-Object {
                if ($_.Hidden -and $_.Command) { '$ ' + $_.Command }
                $_.Output
            })
    }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Deploy-, Start-, Restart-CoolifyApplication and Wait-CoolifyDeployment -ShowBuildLog' {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        Set-CoolifySimulator $script:Sim @{ deployment_queued_ms = 100; deployment_in_progress_ms = 600 }
        Connect-Sim
    }

    It 'writes each line once and in order while the deployment runs, as Write-Host does' {
        Set-CoolifySimulator $script:Sim @{ deployment_in_progress_ms = 2500 }
        Clear-CoolifySimulatorRequest $script:Sim
        $output = @(Deploy-CoolifyApplication -Uuid $script:Web -ShowBuildLog 6>&1)
        $result = @($output | Where-Object { $_ -is [Coolify.CoolifyActionResult] })
        $result.Count | Should -Be 1
        $result[0].Status | Should -Be 'finished' -Because '-ShowBuildLog implies -Wait'

        $records = Get-LogRecord $output
        $records[0].MessageData | Should -BeOfType [System.Management.Automation.HostInformationMessage]
        $records[0].Tags | Should -Contain 'PSHOST'
        # One deployment: no name prefix; every visible line of the log, once, in the log's order.
        $messages = @($records | ForEach-Object { $_.MessageData.Message })
        $expected = Get-LogLine $result[0].DeploymentUuid
        $expected.Count | Should -BeGreaterThan 8
        ($messages -join "`n") | Should -Be ($expected -join "`n")

        # Written while it ran, not all at the end: most lines reached the Information stream before Coolify
        # recorded the deployment as finished, the first well before.
        $finished = [DateTimeOffset]::Parse((Get-CoolifyDeployment -DeploymentUuid $result[0].DeploymentUuid).FinishedAt).UtcDateTime
        $early = @($records | Where-Object { $_.TimeGenerated.ToUniversalTime() -lt $finished })
        $early.Count | Should -BeGreaterThan ($records.Count / 2)
        ($finished - $records[0].TimeGenerated.ToUniversalTime()).TotalSeconds | Should -BeGreaterThan 0.5
        # Modest polling: a 2.5 s build costs a handful of reads, not one per line per poll.
        @(Get-CoolifySimulatorRequest $script:Sim -Method GET).Count | Should -BeLessThan 30
    }

    It 'keeps hidden lines hidden unless -IncludeHiddenLog' {
        $plain = @(Start-CoolifyApplication -Uuid $script:Web -ShowBuildLog 6>&1)
        $plainLines = @(Get-LogRecord $plain | ForEach-Object { $_.MessageData.Message })
        $plainLines | Should -Not -BeNullOrEmpty
        $plainLines | Where-Object { $_ -like '*docker rm -f*' -or $_ -like '*No such container*' } | Should -BeNullOrEmpty

        $all = @(Start-CoolifyApplication -Uuid $script:Web -ShowBuildLog -IncludeHiddenLog 6>&1)
        $deployment = ($all | Where-Object { $_ -is [Coolify.CoolifyActionResult] }).DeploymentUuid
        $allLines = @(Get-LogRecord $all | ForEach-Object { $_.MessageData.Message })
        ($allLines -join "`n") | Should -Be ((Get-LogLine $deployment -IncludeHidden) -join "`n")
        $allLines | Should -Contain "`$ docker rm -f $deployment"
        $allLines.Count | Should -BeGreaterThan $plainLines.Count
    }

    It 'starts each line with the application name when several deployments are followed' {
        $output = @(Deploy-CoolifyApplication -Tag prod -ShowBuildLog 6>&1)
        $results = @($output | Where-Object { $_ -is [Coolify.CoolifyActionResult] -and $_.DeploymentUuid })
        $results.Count | Should -Be 2
        $messages = @(Get-LogRecord $output | ForEach-Object { $_.MessageData.Message })
        $messages | Where-Object { $_ -notmatch '^\[(web-frontend|api-backend)\] ' } | Should -BeNullOrEmpty
        foreach ($pair in @(@{ Name = 'web-frontend'; Uuid = $script:Web }, @{ Name = 'api-backend'; Uuid = $script:Api })) {
            $prefix = "[$($pair.Name)] "
            $mine = @($messages | Where-Object { $_.StartsWith($prefix) } | ForEach-Object { $_.Substring($prefix.Length) })
            $deployment = ($results | Where-Object Uuid -eq $pair.Uuid).DeploymentUuid
            ($mine -join "`n") | Should -Be ((Get-LogLine $deployment) -join "`n")
        }
    }

    It 'ends a failed build in CoolifyDeploymentFailed with the tail of the log, after its last lines' {
        $output = @(Deploy-CoolifyApplication -Uuid $script:Broken -ShowBuildLog -ErrorVariable e -ErrorAction SilentlyContinue 6>&1)
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyDeploymentFailed,*'
        "$($e[0])" | Should -BeLike '*npm ERR! Missing script*'
        $records = Get-LogRecord $output
        $records[-1].MessageData.Message | Should -BeLike 'Deployment failed:*'
        $records[-1].MessageData.ForegroundColor | Should -Be 'Red' -Because 'a stderr line stands out'
        @($records | Where-Object { $_.MessageData.Message -like 'npm ERR!*' }).Count | Should -Be 1
    }

    It 'warns once without read:sensitive and goes on waiting' {
        $started = @(Start-CoolifyApplication -Uuid $script:Web, $script:Worker)
        Connect-Sim -TokenName Read
        $output = @($started | Wait-CoolifyDeployment -ShowBuildLog -WarningVariable w -WarningAction SilentlyContinue 6>&1)
        $w.Count | Should -Be 1
        "$($w[0])" | Should -BeLike '*read:sensitive*'
        Get-LogRecord $output | Should -BeNullOrEmpty
        $deployments = @($output | Where-Object { $_ -is [Coolify.CoolifyDeployment] })
        $deployments.Count | Should -Be 2
        $deployments.Status | Sort-Object -Unique | Should -Be 'finished'

        # The same with a token that can deploy but not read sensitive data.
        Connect-Sim -TokenName Operator
        $result = Deploy-CoolifyApplication -Uuid $script:Worker -ShowBuildLog -WarningVariable w2 -WarningAction SilentlyContinue
        $w2.Count | Should -Be 1
        $result.Status | Should -Be 'finished'
    }

    It 'writes to the Information stream only, so 6> captures the log and the output stays the results' {
        $file = Join-Path ([IO.Path]::GetTempPath()) "coolify-buildlog-$PID.txt"
        try {
            $result = @(Restart-CoolifyApplication -Uuid $script:Worker -ShowBuildLog 6> $file)
            $result.Count | Should -Be 1
            $result[0] | Should -BeOfType 'Coolify.CoolifyActionResult'
            $result[0].Status | Should -Be 'finished'
            $captured = @(Get-Content $file)
            $captured | Should -Contain 'Restarting the container only; no new build.'
            ($captured -join "`n") | Should -Be ((Get-LogLine $result[0].DeploymentUuid) -join "`n")
        }
        finally {
            Remove-Item $file -ErrorAction Ignore
        }
    }

    It 'shows a finished deployment''s whole log with Wait-CoolifyDeployment -ShowBuildLog' {
        $output = @(Wait-CoolifyDeployment -DeploymentUuid 'dep1brokenbuild000000001' -ShowBuildLog -ErrorAction SilentlyContinue 6>&1)
        $messages = @(Get-LogRecord $output | ForEach-Object { $_.MessageData.Message })
        ($messages -join "`n") | Should -Be ((Get-LogLine 'dep1brokenbuild000000001') -join "`n")
    }

    It 'refuses -ShowBuildLog with a deploy-only token before anything is sent, since it waits' {
        Connect-Sim -TokenName Deploy
        Clear-CoolifySimulatorRequest $script:Sim
        { Start-CoolifyApplication -Uuid $script:Web -ShowBuildLog } | Should -Throw -ErrorId 'CoolifyReadPermissionNeeded*'
        { Deploy-CoolifyApplication -Uuid $script:Web -ShowBuildLog -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyReadPermissionNeeded*'
        @(Get-CoolifySimulatorRequest $script:Sim -Method POST).Count | Should -Be 0
    }
}
