using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Turns the REST API of a Coolify instance off.</summary>
    /// <remarks>
    /// <para>Afterwards every API call but Enable-CoolifyApi is refused (ErrorId CoolifyApiDisabled), for every token and tool, until the API is switched on again. It needs a token of the root team. Because it locks out every API user, it asks for confirmation (ConfirmImpact High) unless -Confirm:$false.</para>
    /// </remarks>
    /// <example>Turn the API off, after confirming
    /// <code>
    /// Disable-CoolifyApi
    /// </code>
    /// <para>Asks first; Enable-CoolifyApi turns it on again.</para>
    /// </example>
    /// <example>Turn the API off in a script
    /// <code>
    /// Disable-CoolifyApi -Confirm:$false
    /// </code>
    /// <para>No question asked.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Instance.EnableCoolifyApiCommand"/>
    [Cmdlet(VerbsLifecycle.Disable, "CoolifyApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class DisableCoolifyApiCommand : InstanceSwitchCmdlet
    {
        internal override string OperationId => OperationIds.DisableApi;

        internal override string Action => "Disable API";
    }
}
