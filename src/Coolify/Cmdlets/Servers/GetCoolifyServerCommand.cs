using System.Management.Automation;
using Coolify.Completion;
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
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WriteListByName<CoolifyServer>(ApiOperations.ListServers, Name, "server");
            }
            else
            {
                WriteByIds<CoolifyServer>(ApiOperations.GetServer, Uuid);
            }
        }
    }
}
