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

    /// <summary>The -Uuid parameter of Start/Stop/Restart-CoolifyService, on the shared action body.</summary>
    public abstract class ServiceActionCmdlet : ResourceActionCmdlet
    {
        /// <summary>Ids of the services; strings or objects with a Uuid (or ServiceUuid) property from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServiceUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        internal override string ResourceType => "Service";

        protected override void ProcessRecord() => RunAction(Uuid);
    }
}
