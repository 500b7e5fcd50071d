using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Shared body of the cmdlets that switch the instance's API or MCP server on or off.</summary>
    public abstract class InstanceSwitchCmdlet : CoolifyCmdlet
    {
        internal abstract string OperationId { get; }

        internal abstract string Action { get; }

        protected override void ProcessItem()
        {
            string target = ActiveConnection.Url;
            if (!ShouldProcess(target, Action))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(OperationId)) { Target = target };
            Run(request, response => WriteResource(new CoolifyActionResult
            {
                Uuid = target,
                ResourceType = "Instance",
                Action = Action,
                Message = ReadField(response, "message"),
            }));
        }
    }
}
