using System;

namespace Coolify
{
    /// <summary>
    /// What Import-CoolifyEnvironmentVariable did to one application, service or database: the keys
    /// it added, changed and removed, and those that already matched the file. Never values.
    /// </summary>
    public sealed class CoolifyEnvironmentImportResult
    {
        /// <summary>Application, Service or Database.</summary>
        public string ResourceType { get; internal set; }

        public string ResourceUuid { get; internal set; }

        /// <summary>The .env file, as a full path.</summary>
        public string Path { get; internal set; }

        public string[] Added { get; internal set; } = Array.Empty<string>();

        /// <summary>Keys sent with a new value (or new flags); every existing key when CurrentValuesHidden.</summary>
        public string[] Changed { get; internal set; } = Array.Empty<string>();

        public string[] Removed { get; internal set; } = Array.Empty<string>();

        public string[] Unchanged { get; internal set; } = Array.Empty<string>();

        /// <summary>True when Coolify did not send current values (no read:sensitive), so existing keys could not be compared and were sent.</summary>
        public bool CurrentValuesHidden { get; internal set; }

        public override string ToString() =>
            ResourceType + " " + ResourceUuid + ": " + Added.Length + " added, " + Changed.Length + " changed, "
            + Removed.Length + " removed, " + Unchanged.Length + " unchanged";
    }
}
