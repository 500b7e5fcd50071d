using System.Management.Automation;
using Coolify.Completion;

namespace Coolify.Cmdlets.Services
{
    /// <summary>The -Uuid parameter every cmdlet acting on whole services shares: ids or piped services.</summary>
    public abstract class ServiceIdsCmdlet : CoolifyCmdlet
    {
        /// <summary>Ids of the services; strings or objects with a Uuid (or ServiceUuid) property from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServiceUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }
    }

    /// <summary>What Start/Stop/Restart-CoolifyService share: the resource type on the shared action body.</summary>
    public abstract class ServiceActionCmdlet : ResourceActionCmdlet
    {
        internal override string ResourceType => "Service";
    }
}
