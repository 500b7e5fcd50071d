using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Turns the instance's MCP server (the Model Context Protocol endpoint for AI assistants) on.</summary>
    /// <remarks>
    /// <para>Coolify can serve its API to AI assistants over MCP. Enable-CoolifyMcp switches that server on; it needs a token of the root team. It writes what Coolify answered as a CoolifyActionResult.</para>
    /// </remarks>
    /// <example>Turn MCP on
    /// <code>
    /// Enable-CoolifyMcp
    /// </code>
    /// <para>Disable-CoolifyMcp turns it off again.</para>
    /// </example>
    /// <example>See what would happen
    /// <code>
    /// Enable-CoolifyMcp -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Instance.DisableCoolifyMcpCommand"/>
    [Cmdlet(VerbsLifecycle.Enable, "CoolifyMcp", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class EnableCoolifyMcpCommand : InstanceSwitchCmdlet
    {
        internal override string OperationId => OperationIds.EnableMcp;

        internal override string Action => "Enable MCP server";
    }
}
