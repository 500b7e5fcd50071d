using Coolify.Http;

namespace Coolify.Cmdlets
{
    /// <summary>
    /// Shared body of the start/stop/restart cmdlets: validate each id, confirm, send the action, and
    /// write what Coolify answered as a CoolifyActionResult.
    /// </summary>
    public abstract class ResourceActionCmdlet : CoolifyCmdlet
    {
        internal abstract string ResourceType { get; }

        internal abstract string Action { get; }

        internal abstract string OperationId { get; }

        /// <summary>Adds the action's query flags (e.g. docker_cleanup) to the request.</summary>
        internal virtual void AddOptions(ApiRequest request)
        {
        }

        internal void RunAction(string[] uuids)
        {
            var operation = ApiOperations.Get(OperationId);
            foreach (string uuid in uuids ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid") || !ShouldProcess(ResourceType.ToLowerInvariant() + " " + uuid, Action))
                {
                    continue;
                }

                var request = new ApiRequest(operation, uuid);
                AddOptions(request);
                Run(request, response => WriteResource(new CoolifyActionResult
                {
                    Uuid = uuid,
                    ResourceType = ResourceType,
                    Action = Action,
                    Message = ReadField(response, "message"),
                    DeploymentUuid = ReadField(response, "deployment_uuid"),
                }));
            }
        }
    }
}
