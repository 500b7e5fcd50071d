namespace Coolify
{
    /// <summary>
    /// What Coolify said to an action such as start, stop or restart. Actions are queued: the result
    /// means "accepted", not "done".
    /// </summary>
    public sealed class CoolifyActionResult : CoolifyObject
    {
        /// <summary>Service, Application or Database.</summary>
        public string ResourceType { get; internal set; }

        /// <summary>Start, Stop, Restart, …</summary>
        public string Action { get; internal set; }

        /// <summary>Coolify's message, e.g. "Service starting request queued.".</summary>
        public string Message { get; internal set; }

        /// <summary>The deployment Coolify queued, when it queued one (applications only).</summary>
        public string DeploymentUuid { get; internal set; }

        /// <summary>For checks (Test-CoolifyS3Storage, Test-CoolifyCloudToken): whether Coolify found it valid; null for other actions.</summary>
        public bool? Valid { get; internal set; }

        /// <summary>With -Wait: where the action ended, e.g. finished (a deployment) or running:healthy (a service or database).</summary>
        public string Status { get; internal set; }

        /// <summary>With -WaitForUrl: each URL of the application checked after the deployment, with its last status; null without.</summary>
        public CoolifyUrlStatus[] UrlStatus { get; internal set; }

        public override string ToString() => Action + " " + Uuid + ": " + Message;
    }
}
