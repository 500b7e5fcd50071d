using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Turns the instance's REST API on (it is off by default on self-hosted instances). Needs a token of the root team; works while the API is off.</summary>
    [Cmdlet(VerbsLifecycle.Enable, "CoolifyApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class EnableCoolifyApiCommand : InstanceSwitchCmdlet
    {
        internal override string OperationId => ApiOperations.EnableApi;

        internal override string Action => "Enable API";
    }
}
