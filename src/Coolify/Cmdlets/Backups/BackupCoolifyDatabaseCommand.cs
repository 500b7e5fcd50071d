using System.Linq;
using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Backups
{
    /// <summary>Backs up databases now, with the settings of their backup schedule; with -Wait, until the backup has ended.</summary>
    /// <remarks>
    /// <para>Coolify backs a database up on a schedule (New-CoolifyDatabaseBackup); Backup-CoolifyDatabase runs that schedule's backup at once, through the schedule's backup_now setting, with its destination (local, S3) and retention. -DatabaseBackupUuid names the schedule; a database with a single schedule needs none.</para>
    /// <para>Without -Wait it writes what Coolify answered (the backup is queued). With -Wait it follows the new execution until it has ended and writes it (a CoolifyDatabaseBackupExecution with Status, Filename, Size and Message); a failed backup is an error (ErrorId CoolifyBackupFailed) with Coolify's message, and waiting longer than -Timeout seconds (default 3600) is CoolifyWaitTimeout. Ctrl+C stops waiting, not the backup.</para>
    /// </remarks>
    /// <example>Back up a database before a migration, and wait
    /// <code>
    /// Get-CoolifyDatabase -Name main-db | Backup-CoolifyDatabase -Wait
    /// </code>
    /// <para>Writes the finished execution; a failure stops a script run with -ErrorAction Stop.</para>
    /// </example>
    /// <example>Start the backup of one schedule without waiting
    /// <code>
    /// Backup-CoolifyDatabase -DatabaseUuid db0maindb000000000000000 -DatabaseBackupUuid bkp0maindbdaily000000000 -WhatIf
    /// </code>
    /// <para>Leave out -WhatIf to start it.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Databases.GetCoolifyDatabaseBackupCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Databases.GetCoolifyDatabaseBackupExecutionCommand"/>
    [Cmdlet(VerbsData.Backup, "CoolifyDatabase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(CoolifyActionResult), typeof(CoolifyDatabaseBackupExecution))]
    public sealed class BackupCoolifyDatabaseCommand : CoolifyCmdlet
    {
        private readonly System.Collections.Generic.List<BackupTarget> _waiting = new System.Collections.Generic.List<BackupTarget>();

        /// <summary>Id of the database; plain ids and piped databases (Get-CoolifyDatabase) bind it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid")]
        [AllowNull]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string DatabaseUuid { get; set; }

        /// <summary>Id of the backup schedule to run (Get-CoolifyDatabaseBackup); needed when the database has several.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string DatabaseBackupUuid { get; set; }

        /// <summary>Wait until the backup has ended, and write its execution.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>With -Wait: seconds to wait before giving up (default 3600).</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int Timeout { get; set; } = 3600;

        protected override void BeginProcessing()
        {
            if (Wait)
            {
                Waiter.RequireRead(this, "the backup");
            }
        }

        protected override void ProcessItem()
        {
            if (!IsValidId(DatabaseUuid, "DatabaseUuid") || (DatabaseBackupUuid != null && !IsValidId(DatabaseBackupUuid, "DatabaseBackupUuid")))
            {
                return;
            }

            string schedule = DatabaseBackupUuid ?? OnlySchedule();
            if (schedule == null || !ShouldProcess("database " + DatabaseUuid, "Back up now (backup schedule " + schedule + ")"))
            {
                return;
            }

            var connection = ActiveConnection;
            string[] before = Wait ? BackupTarget.List(this, connection, DatabaseUuid, schedule).Select(e => e.Uuid).ToArray() : null;
            var request = new ApiRequest(ApiOperations.Get(OperationIds.UpdateDatabaseBackup), DatabaseUuid, schedule) { Target = DatabaseUuid }
                .WithBody(new JsonBody().Add("backup_now", true));
            string database = DatabaseUuid;
            Run(request, response =>
            {
                var result = CoolifyActionResult.From(response, database, "Database", "Backup");
                if (Wait)
                {
                    _waiting.Add(new BackupTarget(result, database, schedule, before, connection));
                }
                else
                {
                    WriteResource(result);
                }
            });
        }

        protected override void EndItems()
        {
            Waiter.Run(this, _waiting, Timeout, "Waiting for Coolify backups");
            Waiter.WriteResults(this, _waiting, target => ((BackupTarget)target).Execution);
        }

        /// <summary>The database's one backup schedule; an error and null when it has none or several.</summary>
        private string OnlySchedule()
        {
            var request = new ApiRequest(ApiOperations.Get(OperationIds.GetDatabaseBackupsByUuid), DatabaseUuid) { Target = DatabaseUuid };
            CoolifyDatabaseBackup[] schedules = null;
            Run(request, response => schedules = ReadArray<CoolifyDatabaseBackup>(request, response));
            if (schedules == null)
            {
                return null;
            }

            if (schedules.Length == 1)
            {
                return schedules[0].Uuid;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                schedules.Length == 0
                    ? "Database " + DatabaseUuid + " has no backup schedule, which Coolify's backups run from."
                    : "Database " + DatabaseUuid + " has " + schedules.Length + " backup schedules (" + string.Join(", ", schedules.Select(b => b.Uuid)) + "); say which one with -DatabaseBackupUuid.")
            {
                RecommendedAction = schedules.Length == 0
                    ? "Create one with New-CoolifyDatabaseBackup -DatabaseUuid " + DatabaseUuid + " -Frequency daily (-BackupNow runs it at once)."
                    : "Get-CoolifyDatabaseBackup -DatabaseUuid " + DatabaseUuid + " lists them.",
            }.ToErrorRecord(DatabaseUuid));
            return null;
        }
    }
}
