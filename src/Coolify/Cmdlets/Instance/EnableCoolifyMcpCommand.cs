using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    // What Enable-CoolifyMcp adds to its generated part: the result names the instance by its address.
    public sealed partial class EnableCoolifyMcpCommand
    {
        internal override bool HandleAnswer(ApiRequest request, ApiResponse response) => InstanceSwitchResult.Write(this, Action, response);
    }
}
