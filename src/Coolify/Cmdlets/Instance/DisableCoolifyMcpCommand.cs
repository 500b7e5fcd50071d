using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Turns the instance's MCP server off. Needs a token of the root team.</summary>
    [Cmdlet(VerbsLifecycle.Disable, "CoolifyMcp", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class DisableCoolifyMcpCommand : InstanceSwitchCmdlet
    {
        internal override string OperationId => ApiOperations.DisableMcp;

        internal override string Action => "Disable MCP server";
    }
}
