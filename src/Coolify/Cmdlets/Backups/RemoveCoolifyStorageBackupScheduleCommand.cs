using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Backups
{
    /// <summary>Deletes the backup schedule of a service's volume, and with it the backups it made.</summary>
    [Cmdlet(VerbsCommon.Remove, "CoolifyStorageBackupSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyStorageBackupScheduleCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string StorageUuid { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServiceUuid, "ServiceUuid") || !IsValidId(StorageUuid, "StorageUuid")
                || !ShouldProcess("storage " + StorageUuid + " of service " + ServiceUuid, "Delete backup schedule and its backups", Force))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.DeleteServiceStorageBackup), ServiceUuid, StorageUuid);
            Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "backup schedule deleted.")));
        }
    }
}
