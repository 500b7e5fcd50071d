namespace Coolify
{
    /// <summary>A server Coolify deploys to, reached over SSH.</summary>
    public sealed class CoolifyServer : CoolifyObject
    {
        public string Name { get; internal set; }

        public string Description { get; internal set; }

        public string Ip { get; internal set; }

        public long? Port { get; internal set; }

        public string User { get; internal set; }

        public string ProxyType { get; internal set; }

        public bool? IsReachable { get; internal set; }

        public bool? IsUsable { get; internal set; }

        /// <summary>The applications, services and databases on the server; only from Get-CoolifyServer -Uuid … -IncludeResources, else null.</summary>
        public CoolifyResource[] Resources { get; internal set; }

        /// <summary>The same as Uuid, so a piped server binds -ServerUuid (Get-CoolifyResource, New-CoolifyService, …).</summary>
        public string ServerUuid => Uuid;

        public override string ToString() => Name ?? Uuid;
    }
}
