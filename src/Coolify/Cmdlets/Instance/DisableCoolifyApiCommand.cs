using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Turns the instance's REST API off: every API call but enabling it again is refused afterwards. Needs a token of the root team.</summary>
    [Cmdlet(VerbsLifecycle.Disable, "CoolifyApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class DisableCoolifyApiCommand : InstanceSwitchCmdlet
    {
        internal override string OperationId => ApiOperations.DisableApi;

        internal override string Action => "Disable API";
    }
}
