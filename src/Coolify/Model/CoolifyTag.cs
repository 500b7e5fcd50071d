using System;

namespace Coolify
{
    /// <summary>A tag. When listed from a resource, ServiceUuid says which one it is attached to.</summary>
    public sealed class CoolifyTag : CoolifyObject
    {
        public string Name { get; internal set; }

        public DateTime? CreatedAt { get; internal set; }

        public DateTime? UpdatedAt { get; internal set; }

        public override string ToString() => Name;
    }
}
