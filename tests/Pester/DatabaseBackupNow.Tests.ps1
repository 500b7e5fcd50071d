# Backup-CoolifyDatabase: a schedule's backup now (backup_now on the schedule), and -Wait for its execution.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Main = 'db0maindb000000000000000'
    $script:Schedule = 'bkp0maindbdaily000000000'
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Backup-CoolifyDatabase' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It 'runs the only schedule of a piped database now, and -Wait writes the finished execution' {
        $execution = Get-CoolifyDatabase -Name main-db | Backup-CoolifyDatabase -Wait -Timeout 30
        $execution | Should -BeOfType 'Coolify.CoolifyDatabaseBackupExecution'
        $execution.Status | Should -Be 'success'
        $execution.Uuid | Should -Not -BeIn @('exe0maindb00000000000001', 'exe0maindb00000000000002')
        $sent = @(Get-CoolifySimulatorRequest $script:Sim -Method PATCH)[-1]
        $sent.Path | Should -Be "/api/v1/databases/$($script:Main)/backups/$($script:Schedule)"
        ($sent.Body | ConvertFrom-Json).backup_now | Should -BeTrue
    }

    It 'writes Coolify''s answer without -Wait' {
        $result = Backup-CoolifyDatabase -DatabaseUuid $script:Main -DatabaseBackupUuid $script:Schedule
        $result | Should -BeOfType 'Coolify.CoolifyActionResult'
        $result.Action | Should -Be 'Backup'
        $result.Message | Should -Not -BeNullOrEmpty
    }

    It 'reports a failed backup as CoolifyBackupFailed with Coolify''s message' {
        Set-CoolifySimulator $script:Sim @{ backup_fails = $true }
        Backup-CoolifyDatabase -DatabaseUuid $script:Main -Wait -Timeout 30 -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyBackupFailed,*'
        "$($e[0])" | Should -BeLike '*password authentication failed*'
    }

    It 'stops waiting after -Timeout with CoolifyWaitTimeout' {
        Set-CoolifySimulator $script:Sim @{ backup_run_ms = 60000 }
        Backup-CoolifyDatabase -DatabaseUuid $script:Main -Wait -Timeout 2 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyWaitTimeout,*'
    }

    It 'asks for -DatabaseBackupUuid when a database has no schedule, and -WhatIf sends nothing' {
        Backup-CoolifyDatabase -DatabaseUuid db1cache0000000000000000 -ErrorVariable e -ErrorAction SilentlyContinue
        "$($e[0])" | Should -BeLike '*has no backup schedule*'
        $e[0].ErrorDetails.RecommendedAction | Should -BeLike '*New-CoolifyDatabaseBackup*'
        Clear-CoolifySimulatorRequest $script:Sim
        Backup-CoolifyDatabase -DatabaseUuid $script:Main -DatabaseBackupUuid $script:Schedule -WhatIf
        @(Get-CoolifySimulatorRequest $script:Sim -Method PATCH).Count | Should -Be 0
    }
}
