using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Databases
{
    /// <summary>Restarts databases; with -Wait, until Coolify reports them running again.</summary>
    [Cmdlet(VerbsLifecycle.Restart, "CoolifyDatabase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class RestartCoolifyDatabaseCommand : DatabaseActionCmdlet
    {
        internal override string Action => "Restart";

        internal override string OperationId => "restart-database-by-uuid";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => StatusOf(result, "running", restart: true);
    }
}
