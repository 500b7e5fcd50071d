using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Applications
{
    /// <summary>Deploys applications (Coolify's start): queues a deployment for each; with -Wait, follows it to the end.</summary>
    [Cmdlet(VerbsLifecycle.Start, "CoolifyApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StartCoolifyApplicationCommand : ApplicationActionCmdlet
    {
        /// <summary>Build again without Docker's cache.</summary>
        [Parameter]
        public SwitchParameter ForceRebuild { get; set; }

        /// <summary>Start the deployment at once instead of queueing it behind others.</summary>
        [Parameter]
        public SwitchParameter InstantDeploy { get; set; }

        internal override string Action => "Start";

        internal override string OperationId => "start-application-by-uuid";

        internal override void AddOptions(ApiRequest request) => request
            .AddQuery("force", ForceRebuild.IsPresent ? true : (bool?)null)
            .AddQuery("instant_deploy", InstantDeploy.IsPresent ? true : (bool?)null);

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => DeploymentOf(result);
    }
}
