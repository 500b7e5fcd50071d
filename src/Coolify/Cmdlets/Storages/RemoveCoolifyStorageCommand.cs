using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Deletes a storage of a service; a persistent volume's data is lost.</summary>
    [Cmdlet(VerbsCommon.Remove, "CoolifyStorage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyStorageCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

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
            if (!IsValidId(ServiceUuid, "ServiceUuid") || !IsValidId(Uuid, "Uuid")
                || !ShouldProcess("storage " + Uuid + " of service " + ServiceUuid, "Delete storage", Force))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.DeleteServiceStorage), ServiceUuid, Uuid);
            Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "storage " + Uuid + " deleted.")));
        }
    }
}
