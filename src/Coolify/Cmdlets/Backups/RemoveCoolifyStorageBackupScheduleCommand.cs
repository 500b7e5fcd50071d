using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Backups
{
    /// <summary>Deletes the backup schedule of a volume, and with it the backups it made.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). -StorageUuid names the volume; piped storages bind both. The backups the schedule made are deleted too, so this asks for confirmation (ConfirmImpact High) unless -Force or -Confirm:$false; -WhatIf shows what would be deleted.</para>
    /// </remarks>
    /// <example>Stop backing up a volume, after a look
    /// <code>
    /// Get-CoolifyApplication -Name api-backend | Get-CoolifyStorage | Where-Object Name -eq uploads | Remove-CoolifyStorageBackupSchedule -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <example>Delete a schedule in a script
    /// <code>
    /// Remove-CoolifyStorageBackupSchedule -ApplicationUuid app1apibackend0000000000 -StorageUuid stg0apiuploads0000000000 -Force
    /// </code>
    /// <para>The backups it made are deleted too.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Backups.SetCoolifyStorageBackupScheduleCommand"/>
    [Cmdlet(VerbsCommon.Remove, "CoolifyStorageBackupSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyStorageBackupScheduleCommand : QueuedOwnedResourceCmdlet
    {
        /// <summary>Id of the volume whose schedule goes; a piped storage binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string StorageUuid { get; set; }

        /// <summary>Deletes without asking for confirmation (as -Confirm:$false does).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidOwner() || !IsValidId(StorageUuid, "StorageUuid")
                || !ShouldProcess("storage " + StorageUuid + " of " + OwnerLabel, "Delete backup schedule and its backups", Force))
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation(OwnedOperations.DeleteOwnerStorageBackupSchedule), OwnerUuid, StorageUuid);
            Queue(request, response => ReportDeleted(response, "backup schedule deleted."));
        }
    }
}
