using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Backups
{
    /// <summary>Starts a backup of a volume of an application, service or database now, using its backup schedule's settings.</summary>
    [Cmdlet(VerbsData.Backup, "CoolifyStorage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class BackupCoolifyStorageCommand : OwnedResourceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string StorageUuid { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidOwner() || !IsValidId(StorageUuid, "StorageUuid")
                || !ShouldProcess("storage " + StorageUuid + " of " + OwnerLabel, "Start backup"))
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation("run-{owner}-storage-backup"), OwnerUuid, StorageUuid);
            Run(request, response => WriteResource(new CoolifyActionResult
            {
                Uuid = StorageUuid,
                ResourceType = "Storage",
                Action = "Backup",
                Message = ReadField(response, "message"),
            }));
        }
    }
}
