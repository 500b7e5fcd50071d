using System;

namespace Coolify
{
    /// <summary>A user who is a member of a team.</summary>
    public sealed class CoolifyTeamMember : CoolifyObject
    {
        public long? Id { get; internal set; }

        public string Name { get; internal set; }

        public string Email { get; internal set; }

        public DateTime? CreatedAt { get; internal set; }

        public override string ToString() => Name ?? Email;
    }
}
