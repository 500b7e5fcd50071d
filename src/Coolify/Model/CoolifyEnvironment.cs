using System;

namespace Coolify
{
    /// <summary>An environment of a project, such as production or staging.</summary>
    public sealed class CoolifyEnvironment : CoolifyObject
    {
        public string Name { get; internal set; }

        public string Description { get; internal set; }

        public long? ProjectId { get; internal set; }

        public DateTime? CreatedAt { get; internal set; }

        public DateTime? UpdatedAt { get; internal set; }

        /// <summary>The project the environment belongs to, when the module knows it.</summary>
        [Json.NotFromJson]
        public string ProjectUuid { get; internal set; }

        /// <summary>The same as Uuid, so a piped environment binds -EnvironmentUuid of New-CoolifyService.</summary>
        public string EnvironmentUuid => Uuid;

        /// <summary>The same as Name, so a piped environment binds -EnvironmentName of the shared-variable cmdlets.</summary>
        [Json.NotFromJson]
        public string EnvironmentName => Name;

        public override string ToString() => Name ?? Uuid;
    }
}
