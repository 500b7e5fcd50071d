using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Adds a persistent volume or a file mount to an application, a database, or one container of a service.</summary>
    [Cmdlet(VerbsCommon.New, "CoolifyStorage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyStorage))]
    public sealed class NewCoolifyStorageCommand : StorageParametersCmdlet
    {
        /// <summary>Id of the service's application or database that gets the storage (see Applications and Databases of Get-CoolifyService -Uuid).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ServiceSet)]
        [ValidateNotNullOrEmpty]
        public string ResourceUuid { get; set; }

        /// <summary>For a file mount: make it a directory rather than a file.</summary>
        [Parameter]
        public SwitchParameter IsDirectory { get; set; }

        /// <summary>For a file mount: where the file lives on the server.</summary>
        [Parameter]
        public string FsPath { get; set; }

        protected override void BeginProcessing()
        {
            if (!MyInvocation.BoundParameters.ContainsKey(nameof(MountPath)))
            {
                ThrowTerminatingError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                    "-MountPath is needed: the path inside the container where the storage appears.").ToErrorRecord(null));
            }
        }

        protected override void ProcessRecord()
        {
            if (!IsValidOwner() || (ResourceUuid != null && !IsValidId(ResourceUuid, "ResourceUuid"))
                || !ShouldProcess(OwnerLabel, "Add " + Type + " storage at " + MountPath))
            {
                return;
            }

            var body = CommonBody()
                .Add("resource_uuid", ResourceUuid)
                .Add("is_directory", IsDirectory.IsPresent ? true : (bool?)null)
                .Add("fs_path", FsPath);
            var request = new ApiRequest(OwnerOperation("create-storage-by-{owner}-uuid"), OwnerUuid).WithBody(body);
            Run(request, response =>
            {
                var storage = ReadObject<CoolifyStorage>(request, response);
                storage.Type = Type;
                SetOwner(storage);
                WriteResource(storage);
            });
        }
    }
}
