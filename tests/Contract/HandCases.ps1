# Contract calls for the operations that hand-written cmdlets serve: one call per operation, with
# arguments the OpenAPI document accepts. Dot-sourced by tests/Pester/Contract.Tests.ps1, which runs
# the generated cmdlets' calls from build/api-map.txt itself. $Id is a Coolify-style id; $Guid is for
# the two routes whose document wants a GUID-formatted id.
$Id = 'abc123'
$Guid = '6d9b2ef3-0eb1-41f8-a850-5f9d81815e2b'

$HandCases = [ordered]@{
    'version'                                  = { Connect-Coolify -Url $Prism.BaseUrl -Token $Token -PassThru }
    'healthcheck'                              = { Test-CoolifyHealth }
    'get-environment-by-name-or-uuid'          = { Get-CoolifyEnvironment -ProjectUuid $Id -Name production }
    'start-service-by-uuid'                    = { Start-CoolifyService -Uuid $Id }
    'stop-service-by-uuid'                     = { Stop-CoolifyService -Uuid $Id -Confirm:$false }
    'restart-service-by-uuid'                  = { Restart-CoolifyService -Uuid $Id -Confirm:$false }
    'get-service-logs-by-uuid'                 = { Get-CoolifyLog -ServiceUuid $Guid -SubService n8n -Tail 10 }
    'get-application-logs-by-uuid'             = { Get-CoolifyLog -ApplicationUuid $Id -Tail 10 }
    'get-database-logs-by-uuid'                = { Get-CoolifyLog -DatabaseUuid $Guid -Tail 10 }
    'start-application-by-uuid'                = { Start-CoolifyApplication -Uuid $Id -ForceRebuild -InstantDeploy }
    'stop-application-by-uuid'                 = { Stop-CoolifyApplication -Uuid $Id -DockerCleanup }
    'restart-application-by-uuid'              = { Restart-CoolifyApplication -Uuid $Id }
    'start-database-by-uuid'                   = { Start-CoolifyDatabase -Uuid $Id }
    'stop-database-by-uuid'                    = { Stop-CoolifyDatabase -Uuid $Id -DockerCleanup }
    'restart-database-by-uuid'                 = { Restart-CoolifyDatabase -Uuid $Id }
    'deploy-by-tag-or-uuid'                    = { Deploy-CoolifyApplication -Uuid $Id -ForceRebuild -PullRequest 7 -DockerTag 'pr-7' }
}

# Environment variables, storages, tags and volume backups: the same calls for each kind of owner.
foreach ($owner in 'service', 'application', 'database') {
    $o = @{ ((Get-Culture).TextInfo.ToTitleCase($owner) + 'Uuid') = $Id }
    $HandCases["list-envs-by-$owner-uuid"] = { Get-CoolifyEnvironmentVariable @o }.GetNewClosure()
    $HandCases["create-env-by-$owner-uuid"] = { New-CoolifyEnvironmentVariable @o -Key API_URL -Value 'https://example.com' }.GetNewClosure()
    $HandCases["update-env-by-$owner-uuid"] = { Set-CoolifyEnvironmentVariable @o -Key API_URL -Value 'https://example.org' }.GetNewClosure()
    $HandCases["update-envs-by-$owner-uuid"] = { Set-CoolifyEnvironmentVariable @o -Variable @{ A = '1'; B = '2' } }.GetNewClosure()
    $HandCases["delete-env-by-$owner-uuid"] = { Remove-CoolifyEnvironmentVariable @o -Uuid $Id -Force }.GetNewClosure()
    $HandCases["list-storages-by-$owner-uuid"] = { Get-CoolifyStorage @o }.GetNewClosure()
    $resource = if ($owner -eq 'service') { @{ ResourceUuid = $Id } } else { @{} }
    $HandCases["create-storage-by-$owner-uuid"] = { New-CoolifyStorage @o @resource -Type persistent -Name data -MountPath /data }.GetNewClosure()
    $HandCases["update-storage-by-$owner-uuid"] = { Set-CoolifyStorage @o -Uuid $Id -Type persistent -MountPath /data2 }.GetNewClosure()
    $HandCases["delete-storage-by-$owner-uuid"] = { Remove-CoolifyStorage @o -Uuid $Id -Force }.GetNewClosure()
    $HandCases["list-tags-by-$owner-uuid"] = { Get-CoolifyTag @o }.GetNewClosure()
    $HandCases["create-tag-by-$owner-uuid"] = { Add-CoolifyTag @o -Name prod }.GetNewClosure()
    $HandCases["delete-tag-by-$owner-uuid"] = { Remove-CoolifyTag @o -Uuid $Id }.GetNewClosure()
    $HandCases["set-$owner-storage-backup-schedule"] = { Set-CoolifyStorageBackupSchedule @o -StorageUuid $Id -Frequency daily }.GetNewClosure()
    $HandCases["delete-$owner-storage-backup-schedule"] = { Remove-CoolifyStorageBackupSchedule @o -StorageUuid $Id -Force }.GetNewClosure()
    $HandCases["run-$owner-storage-backup"] = { Backup-CoolifyStorage @o -StorageUuid $Id }.GetNewClosure()
}
$HandCases['list-tags'] = { Get-CoolifyTag }
$HandCases['delete-tag-by-uuid'] = { Remove-CoolifyTag -Uuid $Id -Force }
