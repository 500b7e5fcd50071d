using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Databases
{
    /// <summary>What Start/Stop/Restart-CoolifyDatabase share: -Wait follows the database's status.</summary>
    public abstract class DatabaseActionCmdlet : ResourceActionCmdlet
    {
        internal override string ResourceType => "Database";

        internal StatusTarget StatusOf(CoolifyActionResult result, string wanted, bool restart) =>
            new StatusTarget(result, "database", OperationIds.GetDatabaseByUuid, wanted, restart, ActiveConnection);
    }
}
