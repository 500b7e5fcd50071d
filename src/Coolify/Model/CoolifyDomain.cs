namespace Coolify
{
    /// <summary>
    /// The domains served through one IP address of a server; from Get-CoolifyDomain -ApplicationUuid, the
    /// domains of one application (no Ip, and Urls as Coolify stores them).
    /// </summary>
    public sealed class CoolifyDomain : CoolifyObject
    {
        public string Ip { get; internal set; }

        /// <summary>Host names, without scheme, port or path.</summary>
        public string[] Domains { get; internal set; }

        /// <summary>With -ApplicationUuid: the application's URLs as Coolify stores them (scheme, and any port or path, included); else null.</summary>
        [Json.NotFromJson]
        public string[] Urls { get; internal set; }

        [Json.NotFromJson]
        public string ServerUuid { get; internal set; }

        public override string ToString() => Ip ?? (Domains == null ? null : string.Join(",", Domains));
    }
}
