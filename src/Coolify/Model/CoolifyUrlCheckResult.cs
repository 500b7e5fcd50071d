namespace Coolify
{
    /// <summary>What Test-CoolifyApplicationUrl found for one application: each URL checked and how it answered.</summary>
    public sealed class CoolifyUrlCheckResult : CoolifyObject
    {
        /// <summary>The application's name.</summary>
        public string Name { get; internal set; }

        /// <summary>True when every URL answered with a 2xx or 3xx status before the timeout.</summary>
        public bool Ready { get; internal set; }

        /// <summary>Each URL checked, with its last status or network error.</summary>
        public CoolifyUrlStatus[] UrlStatus { get; internal set; }

        public override string ToString() => (Name ?? Uuid) + ": " + (Ready ? "ready" : "not ready");
    }
}
