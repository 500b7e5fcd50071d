using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Databases
{
    /// <summary>Stops databases; with -Wait, until Coolify reports them exited.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "CoolifyDatabase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StopCoolifyDatabaseCommand : DatabaseActionCmdlet
    {
        /// <summary>Also remove unused Docker images and build cache on the server after stopping.</summary>
        [Parameter]
        public SwitchParameter DockerCleanup { get; set; }

        internal override void AddOptions(ApiRequest request) => request.AddQuery("docker_cleanup", DockerCleanup.IsPresent ? true : (bool?)null);

        internal override string Action => "Stop";

        internal override string OperationId => "stop-database-by-uuid";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => StatusOf(result, "exited", restart: false);
    }
}
