using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Backups
{
    /// <summary>Sets the backup schedule of a persistent volume of an application, a service or a database.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). -StorageUuid names the volume; piped storages (Get-CoolifyStorage) bind both. The schedule is replaced as a whole: -Frequency takes a cron expression or hourly, daily, weekly, monthly, yearly; the other settings are sent only when given, so Coolify's defaults apply otherwise.</para>
    /// <para>Backups stay on the server, and with -SaveS3 $true also go to the S3 storage -S3StorageUuid (Get-CoolifyS3Storage). Retention is by count, days or total size, locally and on S3. It writes the schedule as Coolify stored it.</para>
    /// </remarks>
    /// <example>Back up a database volume every night, keeping a week
    /// <code>
    /// Get-CoolifyDatabase -Name main-db | Get-CoolifyStorage | Set-CoolifyStorageBackupSchedule -Frequency '0 2 * * *' -RetentionDaysLocally 7 -Enabled $true
    /// </code>
    /// <para>For a database's own data, New-CoolifyDatabaseBackup makes dumps; this backs up the volume.</para>
    /// </example>
    /// <example>Copy backups to S3 and stop the container while backing up
    /// <code>
    /// $s3 = Get-CoolifyS3Storage -Name offsite-backups
    /// Get-CoolifyApplication -Name api-backend | Get-CoolifyStorage | Where-Object Name -eq uploads |
    ///     Set-CoolifyStorageBackupSchedule -Frequency daily -SaveS3 $true -S3StorageUuid $s3.Uuid -StopDuringBackup $true
    /// </code>
    /// <para>Stopping the container gives a consistent copy.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Backups.BackupCoolifyStorageCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Backups.RemoveCoolifyStorageBackupScheduleCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Storages.GetCoolifyStorageCommand"/>
    [Cmdlet(VerbsCommon.Set, "CoolifyStorageBackupSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyBackupSchedule))]
    public sealed class SetCoolifyStorageBackupScheduleCommand : QueuedOwnedResourceCmdlet
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

        /// <summary>Whether the schedule runs; $false keeps it but pauses it.</summary>
        [Parameter]
        public bool? Enabled { get; set; }

        /// <summary>Upload each backup to the S3 storage given by -S3StorageUuid.</summary>
        [Parameter]
        public bool? SaveS3 { get; set; }

        /// <summary>Id of the S3 storage the backups go to, with -SaveS3 $true (Get-CoolifyS3Storage).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string S3StorageUuid { get; set; }

        /// <summary>Keep backups only on S3, not on the server.</summary>
        [Parameter]
        public bool? DisableLocalBackup { get; set; }

        /// <summary>Stop the container while its volume is backed up, for a consistent copy.</summary>
        [Parameter]
        public bool? StopDuringBackup { get; set; }

        /// <summary>How many backups to keep on the server (0: no limit).</summary>
        [Parameter]
        [ValidateRange(0, 10000)]
        public int? RetentionAmountLocally { get; set; }

        /// <summary>How many days to keep backups on the server (0: no limit).</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? RetentionDaysLocally { get; set; }

        /// <summary>Largest total size of local backups, in GB (0: no limit).</summary>
        [Parameter]
        [ValidateRange(0d, 9999999999d)]
        public double? RetentionMaxStorageLocally { get; set; }

        /// <summary>How many backups to keep on S3 (0: no limit).</summary>
        [Parameter]
        [ValidateRange(0, 10000)]
        public int? RetentionAmountS3 { get; set; }

        /// <summary>How many days to keep backups on S3 (0: no limit).</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? RetentionDaysS3 { get; set; }

        /// <summary>Largest total size of the backups on S3, in GB (0: no limit).</summary>
        [Parameter]
        [ValidateRange(0d, 9999999999d)]
        public double? RetentionMaxStorageS3 { get; set; }

        /// <summary>Seconds a backup may take (60 to 36000; Coolify's default 3600).</summary>
        [Parameter]
        [ValidateRange(60, 36000)]
        public int? TimeoutSec { get; set; }

        protected override void ProcessItem()
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
            var request = new ApiRequest(OwnerOperation(OwnedOperations.SetOwnerStorageBackupSchedule), OwnerUuid, StorageUuid).WithBody(body);
            Queue(request, response =>
            {
                var schedule = ReadObject<CoolifyBackupSchedule>(request, response);
                SetOwner(schedule);
                WriteResource(schedule);
            });
        }
    }
}
