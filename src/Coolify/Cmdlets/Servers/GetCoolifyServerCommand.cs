using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Servers
{
    /// <summary>Lists servers, filtered by name, or gets servers by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyServer", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(CoolifyServer))]
    public sealed class GetCoolifyServerCommand : CoolifyCmdlet
    {
        private const string ListSet = "List";
        private const string UuidSet = "Uuid";

        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] Uuid { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                var filter = new NameFilter(Name);
                var list = new ApiRequest(ApiOperations.Get(ApiOperations.ListServers));
                Run(list, response =>
                {
                    foreach (var server in ReadArray<CoolifyServer>(list, response))
                    {
                        if (filter.IsMatch(server.Name))
                        {
                            WriteResource(server);
                        }
                    }

                    WriteUnmatched(filter, "server");
                });
                return;
            }

            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (IsValidId(uuid, "Uuid"))
                {
                    var request = new ApiRequest(ApiOperations.Get(ApiOperations.GetServer), uuid);
                    Run(request, response => WriteResource(ReadObject<CoolifyServer>(request, response)));
                }
            }
        }
    }
}
