namespace Coolify.Http
{
    internal static partial class ApiOperations
    {
        internal const string ListServices = "list-services";
        internal const string CreateService = "create-service";
        internal const string GetService = "get-service-by-uuid";
        internal const string DeleteService = "delete-service-by-uuid";
        internal const string UpdateService = "update-service-by-uuid";
        internal const string GetServiceLogs = "get-service-logs-by-uuid";
        internal const string ListServiceEnvs = "list-envs-by-service-uuid";
        internal const string CreateServiceEnv = "create-env-by-service-uuid";
        internal const string UpdateServiceEnv = "update-env-by-service-uuid";
        internal const string UpdateServiceEnvsBulk = "update-envs-by-service-uuid";
        internal const string DeleteServiceEnv = "delete-env-by-service-uuid";
        internal const string MoveService = "move-service-by-uuid";
        internal const string MigrateService = "migrate-service-by-uuid";
        internal const string StartService = "start-service-by-uuid";
        internal const string StopService = "stop-service-by-uuid";
        internal const string RestartService = "restart-service-by-uuid";
        internal const string ListServiceStorages = "list-storages-by-service-uuid";
        internal const string CreateServiceStorage = "create-storage-by-service-uuid";
        internal const string UpdateServiceStorage = "update-storage-by-service-uuid";
        internal const string DeleteServiceStorage = "delete-storage-by-service-uuid";
        internal const string ListServiceTags = "list-tags-by-service-uuid";
        internal const string CreateServiceTag = "create-tag-by-service-uuid";
        internal const string DeleteServiceTag = "delete-tag-by-service-uuid";
        internal const string CloneService = "clone-service-by-uuid";
        internal const string SetServiceStorageBackup = "set-service-storage-backup-schedule";
        internal const string DeleteServiceStorageBackup = "delete-service-storage-backup-schedule";
        internal const string RunServiceStorageBackup = "run-service-storage-backup";

        private static readonly ApiOperation[] Services =
        {
            new ApiOperation("Services", "GET", "/services", ListServices, "Get-CoolifyService"),
            new ApiOperation("Services", "POST", "/services", CreateService, "New-CoolifyService"),
            new ApiOperation("Services", "GET", "/services/{uuid}", GetService, "Get-CoolifyService"),
            new ApiOperation("Services", "DELETE", "/services/{uuid}", DeleteService, "Remove-CoolifyService"),
            new ApiOperation("Services", "PATCH", "/services/{uuid}", UpdateService, "Set-CoolifyService"),
            new ApiOperation("Services", "GET", "/services/{uuid}/logs", GetServiceLogs, "Get-CoolifyLog"),
            new ApiOperation("Services", "GET", "/services/{uuid}/envs", ListServiceEnvs, "Get-CoolifyEnvironmentVariable"),
            new ApiOperation("Services", "POST", "/services/{uuid}/envs", CreateServiceEnv, "New-CoolifyEnvironmentVariable"),
            new ApiOperation("Services", "PATCH", "/services/{uuid}/envs", UpdateServiceEnv, "Set-CoolifyEnvironmentVariable"),
            new ApiOperation("Services", "PATCH", "/services/{uuid}/envs/bulk", UpdateServiceEnvsBulk, "Set-CoolifyEnvironmentVariable"),
            new ApiOperation("Services", "DELETE", "/services/{uuid}/envs/{env_uuid}", DeleteServiceEnv, "Remove-CoolifyEnvironmentVariable"),
            new ApiOperation("Services", "POST", "/services/{uuid}/move", MoveService, "Move-CoolifyService"),
            new ApiOperation("Services", "POST", "/services/{uuid}/migrate", MigrateService, "Move-CoolifyService"),
            new ApiOperation("Services", "POST", "/services/{uuid}/start", StartService, "Start-CoolifyService", legacyGetAction: true),
            new ApiOperation("Services", "POST", "/services/{uuid}/stop", StopService, "Stop-CoolifyService", legacyGetAction: true),
            new ApiOperation("Services", "POST", "/services/{uuid}/restart", RestartService, "Restart-CoolifyService", legacyGetAction: true),
            new ApiOperation("Services", "GET", "/services/{uuid}/storages", ListServiceStorages, "Get-CoolifyStorage"),
            new ApiOperation("Services", "POST", "/services/{uuid}/storages", CreateServiceStorage, "New-CoolifyStorage"),
            new ApiOperation("Services", "PATCH", "/services/{uuid}/storages", UpdateServiceStorage, "Set-CoolifyStorage"),
            new ApiOperation("Services", "DELETE", "/services/{uuid}/storages/{storage_uuid}", DeleteServiceStorage, "Remove-CoolifyStorage"),
            new ApiOperation("Services", "GET", "/services/{uuid}/tags", ListServiceTags, "Get-CoolifyTag"),
            new ApiOperation("Services", "POST", "/services/{uuid}/tags", CreateServiceTag, "Add-CoolifyTag"),
            new ApiOperation("Services", "DELETE", "/services/{uuid}/tags/{tag_uuid}", DeleteServiceTag, "Remove-CoolifyTag"),
            new ApiOperation("Services", "POST", "/services/{uuid}/clone", CloneService, "Copy-CoolifyService"),
            new ApiOperation("Services", "PUT", "/services/{uuid}/storages/{storage_uuid}/backups", SetServiceStorageBackup, "Set-CoolifyStorageBackupSchedule"),
            new ApiOperation("Services", "DELETE", "/services/{uuid}/storages/{storage_uuid}/backups", DeleteServiceStorageBackup, "Remove-CoolifyStorageBackupSchedule"),
            new ApiOperation("Services", "POST", "/services/{uuid}/storages/{storage_uuid}/backups/run", RunServiceStorageBackup, "Backup-CoolifyStorage"),
        };
    }
}
