using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Changes a storage of an application, service or database. Only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "CoolifyStorage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyStorage))]
    public sealed class SetCoolifyStorageCommand : StorageParametersCmdlet
    {
        /// <summary>Id of the storage; a piped storage binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("StorageUuid")]
        [AllowNull]
        [AllowEmptyString]
        public string Uuid { get; set; }

        /// <summary>Add the pull request number to the volume name of preview deployments.</summary>
        [Parameter]
        public bool? IsPreviewSuffixEnabled { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidOwner() || !IsValidId(Uuid, "Uuid")
                || !ShouldProcess("storage " + Uuid + " of " + OwnerLabel, "Update storage"))
            {
                return;
            }

            var body = CommonBody(new JsonBody().Add("uuid", Uuid)).Add("is_preview_suffix_enabled", IsPreviewSuffixEnabled);
            var request = new ApiRequest(OwnerOperation("update-storage-by-{owner}-uuid"), OwnerUuid).WithBody(body);
            request.Target = Uuid;
            Run(request, response =>
            {
                if (PassThru)
                {
                    var storage = ReadObject<CoolifyStorage>(request, response);
                    storage.Type = Type;
                    SetOwner(storage);
                    WriteResource(storage);
                }
            });
        }
    }
}
