using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Starts services. Coolify queues the start and answers at once; the result says what it queued.</summary>
    [Cmdlet(VerbsLifecycle.Start, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StartCoolifyServiceCommand : ServiceActionCmdlet
    {
        internal override string Action => "Start";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) =>
            new StatusTarget(result, "service", ApiOperations.GetService, "running", restart: false, ActiveConnection);

        internal override string OperationId => ApiOperations.StartService;
    }
}
