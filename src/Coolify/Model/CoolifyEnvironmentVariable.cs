using System;

namespace Coolify
{
    /// <summary>
    /// An environment variable of an application, service or database. Value is filled only when the
    /// token has read:sensitive (or root) and the variable is not shown-once; the default view never prints it.
    /// </summary>
    public sealed class CoolifyEnvironmentVariable : CoolifyObject
    {
        public string Key { get; internal set; }

        public string Value { get; internal set; }

        public string RealValue { get; internal set; }

        public bool? IsBuildtime { get; internal set; }

        public bool? IsRuntime { get; internal set; }

        public bool? IsPreview { get; internal set; }

        public bool? IsLiteral { get; internal set; }

        public bool? IsMultiline { get; internal set; }

        public bool? IsShownOnce { get; internal set; }

        public bool? IsShared { get; internal set; }

        public string Comment { get; internal set; }

        public DateTime? CreatedAt { get; internal set; }

        public DateTime? UpdatedAt { get; internal set; }

        public override string ToString() => Key;
    }
}
