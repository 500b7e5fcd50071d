using System;

namespace Coolify
{
    /// <summary>A Coolify service: a stack of containers from a one-click template or a docker compose file.</summary>
    public sealed class CoolifyService : CoolifyObject
    {
        public string Name { get; internal set; }

        public string Description { get; internal set; }

        /// <summary>Coolify's status text, e.g. running:healthy or exited:unhealthy.</summary>
        public string Status { get; internal set; }

        public bool? ServerStatus { get; internal set; }

        public string ServiceType { get; internal set; }

        public long? EnvironmentId { get; internal set; }

        public long? ServerId { get; internal set; }

        public string DestinationType { get; internal set; }

        public long? DestinationId { get; internal set; }

        public bool? ConnectToDockerNetwork { get; internal set; }

        public bool? IsContainerLabelEscapeEnabled { get; internal set; }

        public string ConfigHash { get; internal set; }

        /// <summary>The compose file as written; Coolify returns it only to tokens with read:sensitive.</summary>
        public string DockerComposeRaw { get; internal set; }

        public string DockerCompose { get; internal set; }

        public CoolifyServiceComponent[] Applications { get; internal set; }

        public CoolifyServiceComponent[] Databases { get; internal set; }

        public DateTime? CreatedAt { get; internal set; }

        public DateTime? UpdatedAt { get; internal set; }

        /// <summary>The same as Uuid, so a service piped to *-CoolifyEnvironmentVariable, *-CoolifyStorage or *-CoolifyTag binds -ServiceUuid.</summary>
        [Json.NotFromJson]
        public string ServiceUuid => Uuid;

        public override string ToString() => Name ?? Uuid;
    }
}
