using System.Management.Automation;
using System.Text.Json;
using Coolify.Http;
using Coolify.Json;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Lists the persistent volumes and file mounts of an application, service or database.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyStorage", DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyStorage))]
    public sealed class GetCoolifyStorageCommand : OwnedResourceCmdlet
    {
        protected override void ProcessRecord()
        {
            if (!IsValidOwner())
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation("list-storages-by-{owner}-uuid"), OwnerUuid);
            Run(request, response =>
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
