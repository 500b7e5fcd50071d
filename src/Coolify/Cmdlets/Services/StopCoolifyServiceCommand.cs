using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Stops services. Coolify queues the stop and answers at once; the result says what it queued.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StopCoolifyServiceCommand : ServiceActionCmdlet
    {
        /// <summary>Also remove unused Docker images and build cache on the server after stopping.</summary>
        [Parameter]
        public SwitchParameter DockerCleanup { get; set; }

        internal override void AddOptions(ApiRequest request) => request.AddQuery("docker_cleanup", DockerCleanup.IsPresent ? true : (bool?)null);

        internal override string Action => "Stop";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) =>
            new StatusTarget(result, "service", ApiOperations.GetService, "exited", restart: false, ActiveConnection);

        internal override string OperationId => ApiOperations.StopService;
    }
}
