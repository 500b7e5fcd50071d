using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Backups
{
    /// <summary>Sets (replaces) the backup schedule of a volume of an application, service or database.</summary>
    [Cmdlet(VerbsCommon.Set, "CoolifyStorageBackupSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyBackupSchedule))]
    public sealed class SetCoolifyStorageBackupScheduleCommand : OwnedResourceCmdlet
    {
        /// <summary>Id of the storage (volume); a piped storage binds it.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string StorageUuid { get; set; }

        /// <summary>When to back up: a cron expression such as '0 2 * * *', or hourly, daily, weekly, monthly, yearly.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 255)]
        public string Frequency { get; set; }

        [Parameter]
        public bool? Enabled { get; set; }

        /// <summary>Upload each backup to the S3 storage given by -S3StorageUuid.</summary>
        [Parameter]
        public bool? SaveS3 { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string S3StorageUuid { get; set; }

        /// <summary>Keep backups only on S3, not on the server.</summary>
        [Parameter]
        public bool? DisableLocalBackup { get; set; }

        /// <summary>Stop the container while its volume is backed up, for a consistent copy.</summary>
        [Parameter]
        public bool? StopDuringBackup { get; set; }

        [Parameter]
        [ValidateRange(0, 10000)]
        public int? RetentionAmountLocally { get; set; }

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? RetentionDaysLocally { get; set; }

        /// <summary>Largest total size of local backups, in GB (0: no limit).</summary>
        [Parameter]
        [ValidateRange(0d, 9999999999d)]
        public double? RetentionMaxStorageLocally { get; set; }

        [Parameter]
        [ValidateRange(0, 10000)]
        public int? RetentionAmountS3 { get; set; }

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? RetentionDaysS3 { get; set; }

        [Parameter]
        [ValidateRange(0d, 9999999999d)]
        public double? RetentionMaxStorageS3 { get; set; }

        /// <summary>Seconds a backup may take (60 to 36000; Coolify's default 3600).</summary>
        [Parameter]
        [ValidateRange(60, 36000)]
        public int? TimeoutSec { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidOwner() || !IsValidId(StorageUuid, "StorageUuid")
                || (S3StorageUuid != null && !IsValidId(S3StorageUuid, "S3StorageUuid"))
                || !ShouldProcess("storage " + StorageUuid + " of " + OwnerLabel, "Set backup schedule '" + Frequency + "'"))
            {
                return;
            }

            var body = new JsonBody()
                .Add("frequency", Frequency)
                .Add("enabled", Enabled)
                .Add("save_s3", SaveS3)
                .Add("s3_storage_uuid", S3StorageUuid)
                .Add("disable_local_backup", DisableLocalBackup)
                .Add("stop_during_backup", StopDuringBackup)
                .Add("retention_amount_locally", RetentionAmountLocally)
                .Add("retention_days_locally", RetentionDaysLocally)
                .Add("retention_max_storage_locally", RetentionMaxStorageLocally)
                .Add("retention_amount_s3", RetentionAmountS3)
                .Add("retention_days_s3", RetentionDaysS3)
                .Add("retention_max_storage_s3", RetentionMaxStorageS3)
                .Add("timeout", TimeoutSec);
            var request = new ApiRequest(OwnerOperation("set-{owner}-storage-backup-schedule"), OwnerUuid, StorageUuid).WithBody(body);
            Run(request, response =>
            {
                var schedule = ReadObject<CoolifyBackupSchedule>(request, response);
                SetOwner(schedule);
                WriteResource(schedule);
            });
        }
    }
}
