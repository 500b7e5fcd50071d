using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Restarts services. Coolify queues the restart and answers at once; the result says what it queued.</summary>
    [Cmdlet(VerbsLifecycle.Restart, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class RestartCoolifyServiceCommand : ServiceActionCmdlet
    {
        /// <summary>Pull the latest images of the service before starting it again.</summary>
        [Parameter]
        public SwitchParameter PullLatest { get; set; }

        internal override void AddOptions(ApiRequest request) => request.AddQuery("latest", PullLatest.IsPresent ? true : (bool?)null);

        internal override string Action => "Restart";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) =>
            new StatusTarget(result, "service", ApiOperations.GetService, "running", restart: true, ActiveConnection);

        internal override string OperationId => ApiOperations.RestartService;
    }
}
