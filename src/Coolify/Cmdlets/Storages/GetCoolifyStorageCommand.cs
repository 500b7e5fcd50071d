using System.Management.Automation;
using System.Text.Json;
using Coolify.Http;
using Coolify.Json;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Lists the persistent volumes and file mounts of a service.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyStorage", DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyStorage))]
    public sealed class GetCoolifyStorageCommand : CoolifyCmdlet
    {
        private const string ServiceSet = "Service";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ServiceSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServiceUuid, "ServiceUuid"))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.ListServiceStorages), ServiceUuid);
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
                storage.ServiceUuid = ServiceUuid;
                WriteResource(storage);
            }
        }
    }
}
