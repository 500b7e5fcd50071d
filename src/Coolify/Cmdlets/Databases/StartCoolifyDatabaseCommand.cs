using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Databases
{
    /// <summary>Starts databases; with -Wait, until Coolify reports them running.</summary>
    [Cmdlet(VerbsLifecycle.Start, "CoolifyDatabase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StartCoolifyDatabaseCommand : DatabaseActionCmdlet
    {
        internal override string Action => "Start";

        internal override string OperationId => "start-database-by-uuid";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => StatusOf(result, "running", restart: false);
    }
}
