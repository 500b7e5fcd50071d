using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Backups
{
    /// <summary>Backs up a persistent volume now, with the settings of its backup schedule.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). -StorageUuid names the volume; piped storages (Get-CoolifyStorage) bind both. The volume needs a backup schedule (Set-CoolifyStorageBackupSchedule), whose destination and retention the backup uses. Coolify queues the backup; the result (a CoolifyActionResult) says it was accepted.</para>
    /// </remarks>
    /// <example>Back up the volumes of a service before an upgrade
    /// <code>
    /// Get-CoolifyService -Name n8n | Get-CoolifyStorage | Where-Object Type -eq persistent | Backup-CoolifyStorage
    /// Get-CoolifyService -Name n8n | Restart-CoolifyService -PullLatest
    /// </code>
    /// <para>One result per volume.</para>
    /// </example>
    /// <example>Back up one volume by id
    /// <code>
    /// Backup-CoolifyStorage -ApplicationUuid app1apibackend0000000000 -StorageUuid stg0apiuploads0000000000 -WhatIf
    /// </code>
    /// <para>Leave out -WhatIf to start it.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Backups.SetCoolifyStorageBackupScheduleCommand"/>
    [Cmdlet(VerbsData.Backup, "CoolifyStorage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class BackupCoolifyStorageCommand : QueuedOwnedResourceCmdlet
    {
        /// <summary>Id of the persistent volume to back up; a piped storage binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string StorageUuid { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidOwner() || !IsValidId(StorageUuid, "StorageUuid")
                || !ShouldProcess("storage " + StorageUuid + " of " + OwnerLabel, "Start backup"))
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation(OwnedOperations.RunOwnerStorageBackup), OwnerUuid, StorageUuid);
            Queue(request, response => WriteResource(CoolifyActionResult.From(response, StorageUuid, "Storage", "Backup")));
        }
    }
}
