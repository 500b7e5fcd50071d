using System;

namespace Coolify
{
    /// <summary>A team. A token belongs to one team, so the API shows that team only.</summary>
    public sealed class CoolifyTeam : CoolifyObject
    {
        /// <summary>Teams have integer ids, not uuids.</summary>
        public long? Id { get; internal set; }

        public string Name { get; internal set; }

        public string Description { get; internal set; }

        public bool? PersonalTeam { get; internal set; }

        public CoolifyTeamMember[] Members { get; internal set; }

        public DateTime? CreatedAt { get; internal set; }

        /// <summary>The same as Id, so a piped team binds -TeamId of Get-CoolifyTeamMember.</summary>
        public long? TeamId => Id;

        public override string ToString() => Name;
    }
}
