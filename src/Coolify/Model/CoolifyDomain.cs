namespace Coolify
{
    /// <summary>The domains served through one IP address of a server.</summary>
    public sealed class CoolifyDomain : CoolifyObject
    {
        public string Ip { get; internal set; }

        public string[] Domains { get; internal set; }

        [Json.NotFromJson]
        public string ServerUuid { get; internal set; }

        public override string ToString() => Ip;
    }
}
