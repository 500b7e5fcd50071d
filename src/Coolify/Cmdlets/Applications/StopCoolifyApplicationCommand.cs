using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Applications
{
    /// <summary>Stops applications; with -Wait, until Coolify reports them exited.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "CoolifyApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StopCoolifyApplicationCommand : ApplicationActionCmdlet
    {
        /// <summary>Also remove unused Docker images and build cache on the server after stopping.</summary>
        [Parameter]
        public SwitchParameter DockerCleanup { get; set; }

        internal override string Action => "Stop";

        internal override string OperationId => "stop-application-by-uuid";

        internal override void AddOptions(ApiRequest request) => request.AddQuery("docker_cleanup", DockerCleanup.IsPresent ? true : (bool?)null);

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) =>
            new StatusTarget(result, "application", "get-application-by-uuid", "exited", restart: false, ActiveConnection);
    }
}
