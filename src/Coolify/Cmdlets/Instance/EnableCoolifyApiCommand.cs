using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    // What Enable-CoolifyApi adds to its generated part: the result names the instance by its address.
    public sealed partial class EnableCoolifyApiCommand
    {
        internal override bool HandleAnswer(ApiRequest request, ApiResponse response) => InstanceSwitchResult.Write(this, Action, response);
    }
}
