using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Turns the instance's MCP server (for AI assistants) off.</summary>
    /// <remarks>
    /// <para>Disable-CoolifyMcp switches off the Model Context Protocol endpoint that AI assistants use; the REST API is not affected. It needs a token of the root team and writes what Coolify answered as a CoolifyActionResult.</para>
    /// </remarks>
    /// <example>Turn MCP off
    /// <code>
    /// Disable-CoolifyMcp
    /// </code>
    /// <para>Enable-CoolifyMcp turns it on again.</para>
    /// </example>
    /// <example>See what would happen
    /// <code>
    /// Disable-CoolifyMcp -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Instance.EnableCoolifyMcpCommand"/>
    [Cmdlet(VerbsLifecycle.Disable, "CoolifyMcp", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class DisableCoolifyMcpCommand : InstanceSwitchCmdlet
    {
        internal override string OperationId => OperationIds.DisableMcp;

        internal override string Action => "Disable MCP server";
    }
}
