using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>
    /// The answer to switching the instance's API or MCP server on or off, as Enable-/Disable-CoolifyApi and
    /// -CoolifyMcp write it: the instance is the resource, named by its address.
    /// </summary>
    internal static class InstanceSwitchResult
    {
        internal static bool Write(CoolifyCmdlet cmdlet, string action, ApiResponse response)
        {
            cmdlet.WriteResource(new CoolifyActionResult
            {
                Uuid = cmdlet.ActiveConnection.Url,
                ResourceType = "Instance",
                Action = action,
                Message = CoolifyCmdlet.ReadField(response, "message"),
            });
            return true;
        }
    }
}
