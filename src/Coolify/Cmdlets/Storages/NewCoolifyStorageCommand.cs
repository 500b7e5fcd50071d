using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Adds a persistent volume or a file mount to an application, a database, or one container of a service.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). For a service, -ResourceUuid names the container that gets the storage (the Uuid of one of its Applications or Databases, from Get-CoolifyService -Uuid).</para>
    /// <para>-Type persistent adds a Docker volume: -Name is needed (Coolify names the volume after the resource and it), and -HostPath optionally binds a server path. -Type file mounts a file Coolify writes from -Content; with -IsDirectory a directory of the server, and with -IsHostFile a file that already exists on the server, both at -FsPath. -MountPath, the path inside the container, is always needed. Parameters the chosen type does not take (-Content, -IsDirectory, -IsHostFile or -FsPath for a volume; -Name or -HostPath for a file) are refused before anything is sent, as Coolify would refuse them. The storage is used from the next deployment or restart.</para>
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
    /// <example>Mount a file of the server into a database container
    /// <code>
    /// New-CoolifyStorage -DatabaseUuid db0maindb000000000000000 -Type file -IsHostFile -FsPath /etc/ssl/certs/ca.pem -MountPath /certs/ca.pem
    /// </code>
    /// <para>The file stays where it is on the server and is bind-mounted at -MountPath; Coolify does not copy or write it.</para>
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

        /// <summary>For a file mount: mount a directory of the server (-FsPath) rather than a file. Not with -IsHostFile.</summary>
        [Parameter]
        public SwitchParameter IsDirectory { get; set; }

        /// <summary>For a file mount: bind a file that already exists on the server, at -FsPath (an absolute path to a file), instead of a file Coolify writes from -Content. Not with -IsDirectory or -Content.</summary>
        [Parameter]
        public SwitchParameter IsHostFile { get; set; }

        /// <summary>For a file mount with -IsDirectory or -IsHostFile, which need it: the path on the server. A plain file mount ignores it: Coolify keeps the file in the resource's configuration directory.</summary>
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

        protected override void ProcessItem()
        {
            if (!IsValidOwner() || (ResourceUuid != null && !IsValidId(ResourceUuid, "ResourceUuid")) || !FitsType()
                || !ShouldProcess(OwnerLabel, "Add " + TypeName + " storage at " + MountPath))
            {
                return;
            }

            var body = CommonBody()
                .Add("resource_uuid", ResourceUuid)
                .Add("is_directory", IsDirectory.IsPresent ? true : (bool?)null)
                .Add("is_host_file", IsHostFile.IsPresent ? true : (bool?)null)
                .Add("fs_path", FsPath);
            var request = new ApiRequest(OwnerOperation(OwnedOperations.CreateStorageByOwnerUuid), OwnerUuid).WithBody(body);
            Queue(request, response =>
            {
                var storage = ReadObject<CoolifyStorage>(request, response);
                storage.Type = TypeName;
                SetOwner(storage);
                WriteResource(storage);
            });
        }

        /// <summary>What the server's create checks after its field rules, checked before sending: each refusal is a 422 there.</summary>
        private bool FitsType()
        {
            if (!ParametersFitType((nameof(IsDirectory), IsDirectory.IsPresent), (nameof(IsHostFile), IsHostFile.IsPresent), (nameof(FsPath), FsPath != null)))
            {
                return false;
            }

            if (IsPersistent)
            {
                return Name != null || Invalid(
                    "-Type persistent needs -Name: Coolify names the volume after the resource and -Name, and refuses a volume without one. Nothing was sent to " + OwnerLabel + ".",
                    "Add -Name <volume name>, e.g. -Name uploads.");
            }

            if (IsDirectory.IsPresent && IsHostFile.IsPresent)
            {
                return Invalid("-IsDirectory and -IsHostFile cannot be combined: a mount is a directory or a single host file.",
                    "Give -IsDirectory to mount a directory of the server, or -IsHostFile to mount one file of it.");
            }

            if ((IsDirectory.IsPresent || IsHostFile.IsPresent) && string.IsNullOrEmpty(FsPath))
            {
                string which = IsDirectory.IsPresent ? "-IsDirectory" : "-IsHostFile";
                return Invalid(which + " needs -FsPath: the path on the server of the " + (IsDirectory.IsPresent ? "directory" : "file") + " to mount.",
                    "Add -FsPath <absolute path on the server>.");
            }

            return !IsHostFile.IsPresent || string.IsNullOrEmpty(Content) || Invalid(
                "-IsHostFile mounts a file that is already on the server, so it takes no -Content.",
                "Leave -Content out, or leave -IsHostFile out to have Coolify write a file with that content.");
        }
    }
}
