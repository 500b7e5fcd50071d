BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Main = 'db0maindb000000000000000'
    $script:Cache = 'db1cache0000000000000000'
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Databases' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'lists databases by name and gets one from the pipeline' {
        $all = @(Get-CoolifyDatabase)
        $all.Count | Should -Be 2
        $all[0] | Should -BeOfType 'Coolify.CoolifyDatabase'
        (Get-CoolifyDatabase -Name 'main*').Uuid | Should -Be $script:Main
        ($script:Cache | Get-CoolifyDatabase).Name | Should -Be 'cache'
    }

    It 'shows passwords only to a token with read:sensitive' {
        Connect-Sim -TokenName Read
        (Get-CoolifyDatabase -Uuid $script:Main).PostgresPassword | Should -BeNullOrEmpty
        Connect-Sim -TokenName Sensitive
        (Get-CoolifyDatabase -Uuid $script:Main).PostgresPassword | Should -Be 'pg-s3cr3t-main-db'
    }

    It 'creates a database of the chosen -Type and sends the password from a SecureString' {
        $password = ConvertTo-SecureString 'n3w-redis-pass' -AsPlainText -Force
        $db = New-CoolifyDatabase -Type redis -ServerUuid 'srv0localhost0000000000a' -ProjectUuid 'prj0web00000000000000000' -EnvironmentName production -Name 'sessions' -RedisPassword $password
        $db | Should -BeOfType 'Coolify.CoolifyDatabase'
        $db.Uuid | Should -Match '^[a-z0-9]{24}$'
        $db.Name | Should -Be 'sessions'
        $sent = @(Get-CoolifySimulatorRequest $script:Sim -Method POST | Where-Object Path -like '*/databases/redis')[-1].Body | ConvertFrom-Json
        $sent.redis_password | Should -Be 'n3w-redis-pass'
        @(Get-CoolifyDatabase).Count | Should -Be 3
    }

    It 'refuses a field of another -Type before sending anything' {
        Clear-CoolifySimulatorRequest $script:Sim
        New-CoolifyDatabase -Type redis -ServerUuid s -ProjectUuid p -EnvironmentName production -PostgresUser app -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        "$($e[0])" | Should -BeLike '*-PostgresUser applies only to -Type postgresql*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'starts a stopped database, and reports Coolify''s refusal to start a running one per item' {
        $results = @($script:Cache, $script:Main | Start-CoolifyDatabase -ErrorVariable e -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 1
        $results[0].Uuid | Should -Be $script:Cache
        $e.Count | Should -Be 1
        "$($e[0])" | Should -BeLike '*already running*'
        (Get-CoolifyDatabase -Uuid $script:Cache).Status | Should -BeLike 'running*'
        Get-CoolifyDatabase -Name cache | Stop-CoolifyDatabase | Out-Null
        (Get-CoolifyDatabase -Uuid $script:Cache).Status | Should -BeLike 'exited*'
    }

    It 'updates only what is given and deletes after confirmation' {
        Set-CoolifyDatabase -Uuid $script:Cache -Description 'session cache'
        $sent = @(Get-CoolifySimulatorRequest $script:Sim -Method PATCH)[-1].Body | ConvertFrom-Json -AsHashtable
        @($sent.Keys) | Should -Be @('description')
        (Get-CoolifyDatabase -Uuid $script:Cache).Description | Should -Be 'session cache'
        Get-CoolifyDatabase -Name cache | Remove-CoolifyDatabase -WhatIf
        @(Get-CoolifyDatabase).Count | Should -Be 2
        Get-CoolifyDatabase -Name cache | Remove-CoolifyDatabase -Force
        @(Get-CoolifyDatabase).Count | Should -Be 1
    }

    It 'lists backups and their executions through the pipeline' {
        $backup = @(Get-CoolifyDatabase -Name main-db | Get-CoolifyDatabaseBackup)
        $backup.Count | Should -Be 1
        $backup[0] | Should -BeOfType 'Coolify.CoolifyDatabaseBackup'
        $backup[0].DatabaseUuid | Should -Be $script:Main
        $executions = @($backup | Get-CoolifyDatabaseBackupExecution)
        $executions.Count | Should -Be 2
        $new = New-CoolifyDatabaseBackup -DatabaseUuid $script:Main -Frequency '0 3 * * *'
        $new.Uuid | Should -Not -BeNullOrEmpty
        @(Get-CoolifyDatabaseBackup -DatabaseUuid $script:Main).Count | Should -Be 2
    }

    It 'manages environment variables and tags of a piped database' {
        (Get-CoolifyDatabase -Name main-db | Get-CoolifyEnvironmentVariable).Key | Should -Be 'PGTZ'
        Get-CoolifyDatabase -Name main-db | Set-CoolifyEnvironmentVariable -Variable @{ PGTZ = 'UTC'; LANG = 'C' }
        @(Get-CoolifyEnvironmentVariable -DatabaseUuid $script:Main).Key | Sort-Object | Should -Be @('LANG', 'PGTZ')
        (Get-CoolifyDatabase -Name main-db | Get-CoolifyTag).Name | Should -Be 'prod'
    }
}
