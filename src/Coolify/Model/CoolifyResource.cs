namespace Coolify
{
    /// <summary>Any deployable resource (application, service or database) as the resource lists report it.</summary>
    public sealed class CoolifyResource : CoolifyObject
    {
        public string Name { get; internal set; }

        /// <summary>application, service, or the database kind (standalone-postgresql, …).</summary>
        public string Type { get; internal set; }

        public string Status { get; internal set; }

        public override string ToString() => Name ?? Uuid;
    }
}
