using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Lists services, filtered by name, or gets services by id (with their applications and databases).</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyService", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(CoolifyService))]
    public sealed class GetCoolifyServiceCommand : CoolifyCmdlet
    {
        private const string ListSet = "List";
        private const string UuidSet = "Uuid";

        /// <summary>Names to keep; wildcards allowed.</summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Name { get; set; }

        /// <summary>Ids of the services to get; strings or objects with a Uuid property from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServiceUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WriteListByName<CoolifyService>(ApiOperations.ListServices, Name, "service");
            }
            else
            {
                WriteByIds<CoolifyService>(ApiOperations.GetService, Uuid);
            }
        }
    }
}
