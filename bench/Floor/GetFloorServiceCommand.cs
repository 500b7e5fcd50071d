using System;
using System.Management.Automation;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CoolifyFloor
{
    /// <summary>
    /// The least a compiled cmdlet can do to return Coolify services: the raw loop of the benchmark (one reused
    /// HttpClient, GetByteArrayAsync, JsonDocument.Parse) inside ProcessRecord, and one small object (uuid, name)
    /// per service. What it costs beyond the raw loop is what PowerShell charges any binary module: the import,
    /// invoking a cmdlet, writing its output. No retries, errors, paging or types: it is a yardstick, not a client.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "FloorService")]
    [OutputType(typeof(PSObject))]
    public sealed class GetFloorServiceCommand : PSCmdlet
    {
        private static HttpClient client;

        /// <summary>One service; without it, the list of all.</summary>
        [Parameter(Position = 0)]
        public string Uuid { get; set; }

        protected override void ProcessRecord()
        {
            // COOLIFY_URL and COOLIFY_TOKEN are read once, as the raw loop builds its client once.
            client ??= CreateClient();
            var uri = new Uri(client.BaseAddress, Uuid == null ? "api/v1/services" : "api/v1/services/" + Uri.EscapeDataString(Uuid));
            using JsonDocument document = JsonDocument.Parse(client.GetByteArrayAsync(uri).GetAwaiter().GetResult());
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement service in document.RootElement.EnumerateArray())
                {
                    WriteObject(Small(service));
                }
            }
            else
            {
                WriteObject(Small(document.RootElement));
            }
        }

        private static PSObject Small(JsonElement service)
        {
            var result = new PSObject();
            result.Properties.Add(new PSNoteProperty("uuid", service.GetProperty("uuid").GetString()));
            result.Properties.Add(new PSNoteProperty("name", service.GetProperty("name").GetString()));
            return result;
        }

        private static HttpClient CreateClient()
        {
            var created = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("COOLIFY_URL").TrimEnd('/') + "/") };
            created.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLIFY_TOKEN"));
            created.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            return created;
        }
    }
}
