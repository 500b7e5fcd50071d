using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Adds a persistent volume or a file mount to an application, a database, or one container of a service.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). For a service, -ResourceUuid names the container that gets the storage (the Uuid of one of its Applications or Databases, from Get-CoolifyService -Uuid).</para>
    /// <para>-Type persistent adds a Docker volume (-Name, optionally -HostPath to bind a server path); -Type file mounts a file with -Content, or a directory with -IsDirectory. -MountPath, the path inside the container, is always needed. The storage is used from the next deployment or restart.</para>
    /// </remarks>
    /// <example>Add a volume to an application
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | New-CoolifyStorage -Type persistent -Name uploads -MountPath /app/uploads
    /// </code>
    /// <para>Writes the new storage.</para>
    /// </example>
    /// <example>Mount a configuration file into a service container
    /// <code>
    /// $service = Get-CoolifyService -Uuid k0wcgw4
    /// $service | New-CoolifyStorage -ResourceUuid $service.Applications[0].Uuid -Type file -MountPath /home/node/.n8n/config -Content (Get-Content -Raw ./n8n-config.json)
    /// </code>
    /// <para>A piped service binds -ServiceUuid; -ResourceUuid picks its container.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Storages.GetCoolifyStorageCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Storages.SetCoolifyStorageCommand"/>
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
