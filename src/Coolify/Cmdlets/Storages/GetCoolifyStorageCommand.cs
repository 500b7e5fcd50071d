using System.Management.Automation;
using System.Text.Json;
using Coolify.Http;
using Coolify.Json;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Lists the persistent volumes and file mounts of an application, a service or a database.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). Each storage has a Type: persistent (a Docker volume) or file (a file or directory mounted from the server), and carries its owner's id, so it pipes on to Set- and Remove-CoolifyStorage and to the volume backup cmdlets.</para>
    /// </remarks>
    /// <example>The volumes of a database
    /// <code>
    /// Get-CoolifyDatabase -Name main-db | Get-CoolifyStorage
    /// </code>
    /// <para>Name, type and mount path of each.</para>
    /// </example>
    /// <example>Every persistent volume of every service
    /// <code>
    /// Get-CoolifyService | Get-CoolifyStorage | Where-Object Type -eq persistent
    /// </code>
    /// <para>Each storage says which service it belongs to.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Storages.NewCoolifyStorageCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Backups.SetCoolifyStorageBackupScheduleCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyStorage", DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyStorage))]
    public sealed class GetCoolifyStorageCommand : QueuedOwnedResourceCmdlet
    {
        protected override void ProcessItem()
        {
            if (!IsValidOwner())
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation(OwnedOperations.ListStoragesByOwnerUuid), OwnerUuid);
            Queue(request, response =>
            {
                using (var document = response.ParseJson(request))
                {
                    var root = document.RootElement;
                    WriteStorages(root, "persistent_storages", "persistent");
                    WriteStorages(root, "file_storages", "file");
                }
            });
        }

        private void WriteStorages(JsonElement root, string field, string type)
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(field, out var items))
            {
                return;
            }

            foreach (var storage in JsonMapper.MapArray<CoolifyStorage>(items))
            {
                storage.Type = type;
                SetOwner(storage);
                WriteResource(storage);
            }
        }
    }
}
