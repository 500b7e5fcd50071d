BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Id = 'k0wcgw4'
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Environment variables of a service' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'lists variables of services piped by name, without values for a read token' {
        Connect-Sim -TokenName Read
        $vars = @(Get-CoolifyService -Name 'n8n*' | Get-CoolifyEnvironmentVariable)
        $vars.Count | Should -BeGreaterOrEqual 4
        $vars[0] | Should -BeOfType 'Coolify.CoolifyEnvironmentVariable'
        $vars.ServiceUuid | Select-Object -Unique | Should -HaveCount 2
        $vars.Value | Where-Object { $_ } | Should -BeNullOrEmpty
        ($vars | Format-Table | Out-String) | Should -Not -Match 'Value'
    }

    It 'shows values to a read:sensitive token' {
        Connect-Sim -TokenName Sensitive
        (Get-CoolifyEnvironmentVariable -ServiceUuid $script:Id).Value | Where-Object { $_ } | Should -Not -BeNullOrEmpty
    }

    It 'adds, changes and removes a variable' {
        $new = New-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Key 'API_URL' -Value 'https://api.example.com' -IsLiteral $true
        $new.Uuid | Should -Not -BeNullOrEmpty
        $new.Key | Should -Be 'API_URL'
        Set-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Key 'API_URL' -Value 'https://api2.example.com'
        Connect-Sim -TokenName Sensitive
        (Get-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Key 'API_URL').Value | Should -Be 'https://api2.example.com'
        Connect-Sim
        Get-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Key 'API_URL' | Remove-CoolifyEnvironmentVariable -Force
        Get-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Key 'API_URL' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'sets many variables in one bulk request' {
        Clear-CoolifySimulatorRequest $script:Sim
        $out = Set-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Variable ([ordered]@{ A = '1'; B = '2' }) -IsLiteral $false -PassThru
        $out.Key | Should -Contain 'A'
        $patch = @(Get-CoolifySimulatorRequest $script:Sim -Method PATCH)
        $patch.Count | Should -Be 1
        $patch[0].path | Should -Be "/api/v1/services/$($script:Id)/envs/bulk"
        ($patch[0].body | ConvertFrom-Json).data.Count | Should -Be 2
    }

    It 'refuses a duplicate key with CoolifyConflict and removes by key' {
        New-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Key 'DUP' -Value 'x' | Out-Null
        New-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Key 'DUP' -Value 'y' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyConflict,*'
        Remove-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Key 'DUP' -Confirm:$false
        Get-CoolifyEnvironmentVariable -ServiceUuid $script:Id -Key 'DUP' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'asks before deleting: -WhatIf sends no DELETE' {
        Clear-CoolifySimulatorRequest $script:Sim
        Get-CoolifyEnvironmentVariable -ServiceUuid $script:Id | Remove-CoolifyEnvironmentVariable -WhatIf
        @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 0
    }
}

Describe 'Storages, tags, backups and logs of a service' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'lists, adds, changes and removes storages' {
        $before = @(Get-CoolifyService -Uuid $script:Id | Get-CoolifyStorage)
        $before.Count | Should -BeGreaterOrEqual 1
        $before[0].Type | Should -BeIn 'persistent', 'file'
        $component = (Get-CoolifyService -Uuid $script:Id).Applications[0].Uuid
        $new = New-CoolifyStorage -ServiceUuid $script:Id -Type persistent -Name 'cache' -MountPath '/cache' -ResourceUuid $component
        $new | Should -BeOfType 'Coolify.CoolifyStorage'
        @(Get-CoolifyStorage -ServiceUuid $script:Id).Count | Should -Be ($before.Count + 1)
        $added = Get-CoolifyStorage -ServiceUuid $script:Id | Where-Object MountPath -eq '/cache'
        $added | Set-CoolifyStorage -MountPath '/var/cache'
        (Get-CoolifyStorage -ServiceUuid $script:Id | Where-Object Uuid -eq $added.Uuid).MountPath | Should -Be '/var/cache'
        $added | Remove-CoolifyStorage -Force
        @(Get-CoolifyStorage -ServiceUuid $script:Id).Count | Should -Be $before.Count
    }

    It 'refuses a storage type outside the allowed set' {
        { New-CoolifyStorage -ServiceUuid $script:Id -Type 'nfs' -MountPath '/x' -ResourceUuid 'abc' } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }

    It 'adds and removes tags' {
        $tags = @(Add-CoolifyTag -ServiceUuid $script:Id -Name 'prod', 'critical')
        $tags.Name | Should -Contain 'critical'
        Get-CoolifyTag -ServiceUuid $script:Id | Where-Object Name -eq 'critical' | Remove-CoolifyTag
        (Get-CoolifyTag -ServiceUuid $script:Id).Name | Should -Not -Contain 'critical'
    }

    It 'sets a backup schedule, runs a backup and removes the schedule' {
        $storage = Get-CoolifyStorage -ServiceUuid $script:Id | Where-Object Type -eq 'persistent' | Select-Object -First 1
        $schedule = $storage | Set-CoolifyStorageBackupSchedule -Frequency '0 2 * * *' -RetentionAmountLocally 3
        $schedule | Should -BeOfType 'Coolify.CoolifyBackupSchedule'
        $schedule.Frequency | Should -Be '0 2 * * *'
        ($storage | Backup-CoolifyStorage).Action | Should -Be 'Backup'
        $storage | Remove-CoolifyStorageBackupSchedule -Force
        $storage | Remove-CoolifyStorageBackupSchedule -Force -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
    }

    It 'gets the last lines of a sub-service log' {
        $service = Get-CoolifyService -Uuid $script:Id
        $lines = @(Get-CoolifyLog -ServiceUuid $script:Id -SubService $service.Applications[0].Name -Tail 5)
        $lines.Count | Should -Be 5
        $lines[0] | Should -BeOfType 'string'
        { Get-CoolifyLog -ServiceUuid $script:Id -SubService 'x' -Tail 10001 } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        Get-CoolifyLog -ServiceUuid $script:Id -SubService 'no-such-container' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
    }
}
