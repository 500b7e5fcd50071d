namespace Coolify
{
    /// <summary>One container of a service: an application or a database inside the stack.</summary>
    public sealed class CoolifyServiceComponent : CoolifyObject
    {
        /// <summary>The name Get-CoolifyLog -SubService expects.</summary>
        public string Name { get; internal set; }

        public string HumanName { get; internal set; }

        public string Status { get; internal set; }

        public string Fqdn { get; internal set; }

        public string Image { get; internal set; }

        public override string ToString() => Name ?? Uuid;
    }
}
