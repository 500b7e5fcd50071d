using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Turns the instance's MCP server (for AI assistants) on. Needs a token of the root team.</summary>
    [Cmdlet(VerbsLifecycle.Enable, "CoolifyMcp", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class EnableCoolifyMcpCommand : InstanceSwitchCmdlet
    {
        internal override string OperationId => ApiOperations.EnableMcp;

        internal override string Action => "Enable MCP server";
    }
}
