namespace Coolify
{
    /// <summary>One entry of what /deploy answers: the resource and the deployment it queued, if any.</summary>
    internal sealed class CoolifyDeploymentRequestItem : CoolifyObject
    {
        public string Message { get; internal set; }

        public string ResourceUuid { get; internal set; }

        public string DeploymentUuid { get; internal set; }
    }
}
