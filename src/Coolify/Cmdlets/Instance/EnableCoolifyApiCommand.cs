using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Turns the REST API of a Coolify instance on.</summary>
    /// <remarks>
    /// <para>The API is off by default on self-hosted instances; while it is off every call is refused with ErrorId CoolifyApiDisabled. Enable-CoolifyApi switches it on (the same as Settings &gt; Advanced &gt; API access in the dashboard). It needs a token of the root team, and works while the API is off.</para>
    /// <para>It writes what Coolify answered as a CoolifyActionResult.</para>
    /// </remarks>
    /// <example>Turn the API on
    /// <code>
    /// Enable-CoolifyApi
    /// </code>
    /// <para>Connect-Coolify still works while the API is off, so a root-team token can switch it on.</para>
    /// </example>
    /// <example>See what would happen
    /// <code>
    /// Enable-CoolifyApi -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Instance.DisableCoolifyApiCommand"/>
    /// <seealso href="https://coolify.io/docs/api/ip-allowlist">Coolify API: enable the API and its IP allow-list</seealso>
    [Cmdlet(VerbsLifecycle.Enable, "CoolifyApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class EnableCoolifyApiCommand : InstanceSwitchCmdlet
    {
        internal override string OperationId => OperationIds.EnableApi;

        internal override string Action => "Enable API";
    }
}
