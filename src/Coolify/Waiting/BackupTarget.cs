using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Coolify.Cmdlets;
using Coolify.Http;

namespace Coolify.Waiting
{
    /// <summary>
    /// Waits for the database backup that backup_now started: the first execution of the schedule that was
    /// not there before, until it is no longer running (Coolify's statuses: running, success, failed).
    /// </summary>
    internal sealed class BackupTarget : WaitTarget
    {
        private readonly string _databaseUuid;
        private readonly string _backupUuid;
        private readonly HashSet<string> _before;

        internal BackupTarget(CoolifyActionResult result, string databaseUuid, string backupUuid, IEnumerable<string> executionsBefore, CoolifyConnection connection)
            : base(result, "backup " + backupUuid + " of database " + databaseUuid, connection)
        {
            _databaseUuid = databaseUuid;
            _backupUuid = backupUuid;
            _before = new HashSet<string>(executionsBefore, StringComparer.Ordinal);
        }

        /// <summary>The execution, once it has ended.</summary>
        internal CoolifyDatabaseBackupExecution Execution { get; private set; }

        internal static CoolifyDatabaseBackupExecution[] List(CoolifyCmdlet cmdlet, CoolifyConnection connection, string databaseUuid, string backupUuid)
        {
            var request = new ApiRequest(ApiOperations.Get(OperationIds.ListBackupExecutions), databaseUuid, backupUuid);
            using (var document = cmdlet.Send(connection, request).ParseJson(request))
            {
                var root = document.RootElement;
                if (root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("executions", out var list))
                {
                    root = list;
                }

                return Json.JsonMapper.MapArray<CoolifyDatabaseBackupExecution>(root).ToArray();
            }
        }

        internal override void Poll(CoolifyCmdlet cmdlet, PollRound round)
        {
            var started = List(cmdlet, Connection, _databaseUuid, _backupUuid).FirstOrDefault(e => e.Uuid != null && !_before.Contains(e.Uuid));
            if (started == null)
            {
                Status = "starting";
                return;
            }

            Status = started.Status ?? "running";
            if (string.Equals(Status, "running", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            Execution = started;
            if (string.Equals(Status, "success", StringComparison.OrdinalIgnoreCase))
            {
                Succeed(Status);
                return;
            }

            Fail(Status, new CoolifyException(CoolifyErrorId.BackupFailed, ErrorCategory.InvalidResult,
                "The " + Label + " failed: " + (started.Message ?? "Coolify gave no reason") + ".")
            {
                RecommendedAction = "Get-CoolifyDatabaseBackupExecution -DatabaseUuid " + _databaseUuid + " -DatabaseBackupUuid " + _backupUuid + " lists the executions with their messages.",
            });
        }
    }
}
