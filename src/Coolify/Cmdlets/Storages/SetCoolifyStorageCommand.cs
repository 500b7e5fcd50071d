using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Changes a storage of an application, a service or a database: its name, paths or file content.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). Piped storages (Get-CoolifyStorage) bind the owner, -Uuid and -Type. Only the parameters given are sent: -Name and -HostPath for a persistent storage, -Content for a file storage (the others are refused before sending, as Coolify refuses them). Storages that come from a compose file or a service template are read-only in Coolify: only -IsPreviewSuffixEnabled changes them. -PassThru writes the storage as Coolify stored it. Changes are used from the next deployment or restart.</para>
    /// </remarks>
    /// <example>Move a volume's mount path
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Get-CoolifyStorage | Where-Object Name -eq uploads | Set-CoolifyStorage -MountPath /srv/uploads
    /// </code>
    /// <para>The piped storage gives its id, type and owner.</para>
    /// </example>
    /// <example>Replace a mounted file's content
    /// <code>
    /// Get-CoolifyService -Name n8n | Get-CoolifyStorage | Where-Object Type -eq file | Set-CoolifyStorage -Content (Get-Content -Raw ./n8n-config.json) -PassThru
    /// </code>
    /// <para>-PassThru writes the updated storage.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Storages.GetCoolifyStorageCommand"/>
    [Cmdlet(VerbsCommon.Set, "CoolifyStorage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyStorage))]
    public sealed class SetCoolifyStorageCommand : StorageParametersCmdlet
    {
        /// <summary>Id of the storage; a piped storage binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("StorageUuid")]
        [AllowNull]
        [AllowEmptyString]
        public string Uuid { get; set; }

        /// <summary>Add the pull request number to the volume name of preview deployments.</summary>
        [Parameter]
        public bool? IsPreviewSuffixEnabled { get; set; }

        /// <summary>Write the storage as Coolify stored it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidOwner() || !IsValidId(Uuid, "Uuid") || !ParametersFitType()
                || !ShouldProcess("storage " + Uuid + " of " + OwnerLabel, "Update storage"))
            {
                return;
            }

            var body = CommonBody(new JsonBody().Add("uuid", Uuid)).Add("is_preview_suffix_enabled", IsPreviewSuffixEnabled);
            var request = new ApiRequest(OwnerOperation(OwnedOperations.UpdateStorageByOwnerUuid), OwnerUuid).WithBody(body);
            request.Target = Uuid;
            Queue(request, response =>
            {
                if (PassThru)
                {
                    var storage = ReadObject<CoolifyStorage>(request, response);
                    storage.Type = TypeName;
                    SetOwner(storage);
                    WriteResource(storage);
                }
            });
        }
    }
}
