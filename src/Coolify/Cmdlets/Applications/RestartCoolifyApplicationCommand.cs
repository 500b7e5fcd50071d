using System.Management.Automation;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Applications
{
    /// <summary>Restarts applications' containers without building (a restart-only deployment); with -Wait, follows it to the end.</summary>
    [Cmdlet(VerbsLifecycle.Restart, "CoolifyApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class RestartCoolifyApplicationCommand : ApplicationActionCmdlet
    {
        internal override string Action => "Restart";

        internal override string OperationId => "restart-application-by-uuid";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => DeploymentOf(result);
    }
}
