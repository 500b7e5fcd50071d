using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Backups
{
    /// <summary>Deletes the backup schedule of a volume of an application, service or database, and with it the backups it made.</summary>
    [Cmdlet(VerbsCommon.Remove, "CoolifyStorageBackupSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyStorageBackupScheduleCommand : OwnedResourceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string StorageUuid { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidOwner() || !IsValidId(StorageUuid, "StorageUuid")
                || !ShouldProcess("storage " + StorageUuid + " of " + OwnerLabel, "Delete backup schedule and its backups", Force))
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation("delete-{owner}-storage-backup-schedule"), OwnerUuid, StorageUuid);
            Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "backup schedule deleted.")));
        }
    }
}
