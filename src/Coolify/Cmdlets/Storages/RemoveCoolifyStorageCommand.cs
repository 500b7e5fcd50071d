using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Deletes a storage of an application, service or database; a persistent volume's data is lost.</summary>
    [Cmdlet(VerbsCommon.Remove, "CoolifyStorage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyStorageCommand : OwnedResourceCmdlet
    {
        /// <summary>Id of the storage; a piped storage binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("StorageUuid")]
        [AllowNull]
        [AllowEmptyString]
        public string Uuid { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidOwner() || !IsValidId(Uuid, "Uuid")
                || !ShouldProcess("storage " + Uuid + " of " + OwnerLabel, "Delete storage", Force))
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation("delete-storage-by-{owner}-uuid"), OwnerUuid, Uuid);
            Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "storage " + Uuid + " deleted.")));
        }
    }
}
