using System;

namespace Coolify
{
    /// <summary>One entry of a deployment's build log: a command Coolify ran or the output it printed.</summary>
    public sealed class CoolifyDeploymentLogEntry : CoolifyObject
    {
        public DateTime? Timestamp { get; internal set; }

        /// <summary>stdout or stderr.</summary>
        public string Type { get; internal set; }

        public string Output { get; internal set; }

        public string Command { get; internal set; }

        public bool? Hidden { get; internal set; }

        public long? Batch { get; internal set; }

        public long? Order { get; internal set; }

        /// <summary>The deployment the entry belongs to.</summary>
        [Json.NotFromJson]
        public string DeploymentUuid { get; internal set; }

        public override string ToString() => Output;
    }
}
