using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Starts services. Coolify queues the start and answers at once; the result says what it queued.</summary>
    [Cmdlet(VerbsLifecycle.Start, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StartCoolifyServiceCommand : ResourceActionCmdlet
    {
        /// <summary>Ids of the services; strings or objects with a Uuid (or ServiceUuid) property from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServiceUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] Uuid { get; set; }

        internal override string ResourceType => "Service";

        internal override string Action => "Start";

        internal override string OperationId => ApiOperations.StartService;

        protected override void ProcessRecord() => RunAction(Uuid);
    }
}
