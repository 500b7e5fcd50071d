BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator

    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
    }

    function Get-ListRequestCount([string] $Path) {
        @(Get-CoolifySimulatorRequest $script:Sim -Method GET | Where-Object path -eq $Path).Count
    }
}

AfterAll {
    Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Tab completion of ids and names from the server' {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        # A new connection each time, so nothing comes from an earlier test's cache.
        Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify
        Connect-Sim
        Clear-CoolifySimulatorRequest $script:Sim
    }

    It 'completes -Uuid of Start-CoolifyApplication with the ids, showing the names' {
        $found = Get-Completion 'Start-CoolifyApplication -Uuid '
        $found.CompletionText | Should -Be 'app1apibackend0000000000', 'app3brokenbuild000000000', 'app0webfrontend000000000', 'app2worker00000000000000'
        ($found | Where-Object CompletionText -eq 'app0webfrontend000000000').ListItemText | Should -Be 'web-frontend (app0web…)'
        ($found | Where-Object CompletionText -eq 'app0webfrontend000000000').ToolTip | Should -Be 'web-frontend: app0webfrontend000000000, running:healthy'
        $found.ResultType | Select-Object -Unique | Should -Be 'ParameterValue'
    }

    It 'keeps what matches the start of the id or of the name' {
        (Get-Completion 'Start-CoolifyApplication -Uuid web').CompletionText | Should -Be 'app0webfrontend000000000'
        (Get-Completion 'Restart-CoolifyApplication -Uuid APP2').CompletionText | Should -Be 'app2worker00000000000000'
        (Get-Completion "Stop-CoolifyApplication -Uuid 'broken").CompletionText | Should -Be 'app3brokenbuild000000000'
    }

    It 'completes -Name of list cmdlets with names, wildcards included' {
        (Get-Completion 'Get-CoolifyApplication -Name w').CompletionText | Should -Be 'web-frontend', 'worker'
        (Get-Completion 'Get-CoolifyApplication -Name *end').CompletionText | Should -Be 'api-backend', 'web-frontend'
        (Get-Completion 'Get-CoolifyServer -Name ').CompletionText | Should -Be 'edge-1', 'localhost'
    }

    It 'asks the server once: the second Tab is served from the cache' {
        $null = Get-Completion 'Start-CoolifyApplication -Uuid '
        $null = Get-Completion 'Stop-CoolifyApplication -Uuid w'
        (Get-Completion 'Get-CoolifyApplication -Name ').Count | Should -Be 4
        Get-ListRequestCount '/api/v1/applications' | Should -Be 1
    }

    It 'the hand-written service, project and server cmdlets complete too' {
        (Get-Completion 'Stop-CoolifyService n8n-').CompletionText | Should -Be 'xk9q2m7a1b3c5d7e9f0g2h4j'
        (Get-Completion 'Copy-CoolifyService -Uuid k0').ListItemText | Should -Be 'n8n (k0wcgw4)'
        (Get-Completion 'Remove-CoolifyProject -Uuid o').CompletionText | Should -Be 'prj1ops00000000000000000'
        (Get-Completion 'Get-CoolifyProject -Name ').CompletionText | Should -Be 'ops', 'web'
        (Get-Completion 'Get-CoolifyServer -Uuid edge').CompletionText | Should -Be 'srv1edge0000000000000000'
        (Get-Completion 'Get-CoolifyService -Name plaus').CompletionText | Should -Be 'plausible'
    }

    It 'lists below a parent once the parent id is on the command line' {
        Get-Completion 'Set-CoolifyDatabaseBackup -DatabaseBackupUuid ' | Should -BeNullOrEmpty
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
        (Get-Completion 'Set-CoolifyDatabaseBackup -DatabaseUuid db0maindb000000000000000 -DatabaseBackupUuid ').CompletionText | Should -Be 'bkp0maindbdaily000000000'
    }

    It 'asks the connection -Connection names, not the default' {
        Get-CoolifyConnection | Disconnect-Coolify
        Connect-Sim -TokenName Deploy
        Connect-Sim -Name full -NoDefault
        Get-Completion 'Get-CoolifyServer -Uuid ' | Should -BeNullOrEmpty
        (Get-Completion 'Get-CoolifyServer -Connection full -Uuid ').CompletionText | Should -Be 'srv1edge0000000000000000', 'srv0localhost0000000000a'
    }

    It 'a slow server completes nothing within 2 s; its late answer is kept for the next Tab' {
        Set-CoolifySimulator $script:Sim @{ latency_ms = 5000 }
        $watch = [Diagnostics.Stopwatch]::StartNew()
        Get-Completion 'Start-CoolifyApplication -Uuid ' | Should -BeNullOrEmpty
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 2.2
        $watch.Elapsed.TotalSeconds | Should -BeGreaterThan 1.2

        Start-Sleep -Seconds 5
        $watch.Restart()
        (Get-Completion 'Start-CoolifyApplication -Uuid ').Count | Should -Be 4
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 1
        Get-ListRequestCount '/api/v1/applications' | Should -Be 1
    }

    It 'an error answer, or no connection at all, completes nothing and writes no error' {
        Add-CoolifySimulatorFault $script:Sim @{ path_prefix = '/api/v1/servers'; status = 500; count = 10 }
        $Error.Clear()
        Get-Completion 'Get-CoolifyServer -Uuid ' | Should -BeNullOrEmpty
        Get-CoolifyConnection | Disconnect-Coolify
        Get-Completion 'Start-CoolifyApplication -Uuid ' | Should -BeNullOrEmpty
        $Error.Count | Should -Be 0
    }
}

Describe 'Offline completion of fixed values' {
    BeforeAll { Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify }

    It 'New-CoolifyDatabase -Type completes the engines with no connection at all' {
        $found = Get-Completion 'New-CoolifyDatabase -Type '
        $found.CompletionText | Should -Contain 'postgresql'
        $found.Count | Should -Be 8
        (Get-Completion 'New-CoolifyDatabase -Type m').CompletionText | Should -Be 'mariadb', 'mongodb', 'mysql'
    }

    It 'build packs complete offline' {
        (Get-Completion 'Set-CoolifyApplication -BuildPack docker').CompletionText | Should -Be 'dockercompose', 'dockerfile'
    }
}
