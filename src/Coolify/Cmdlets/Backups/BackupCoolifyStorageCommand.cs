using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Backups
{
    /// <summary>Starts a backup of a service's volume now, using its backup schedule's settings.</summary>
    [Cmdlet(VerbsData.Backup, "CoolifyStorage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class BackupCoolifyStorageCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string StorageUuid { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServiceUuid, "ServiceUuid") || !IsValidId(StorageUuid, "StorageUuid")
                || !ShouldProcess("storage " + StorageUuid + " of service " + ServiceUuid, "Start backup"))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.RunServiceStorageBackup), ServiceUuid, StorageUuid);
            Run(request, response => WriteObject(new CoolifyActionResult
            {
                Uuid = StorageUuid,
                ResourceType = "Storage",
                Action = "Backup",
                Message = ReadField(response, "message"),
            }));
        }
    }
}
