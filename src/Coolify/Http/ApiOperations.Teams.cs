namespace Coolify.Http
{
    internal static partial class ApiOperations
    {
        internal const string ListTeams = "list-teams";
        internal const string GetTeam = "get-team-by-id";
        internal const string ListTeamMembers = "get-members-by-team-id";
        internal const string GetCurrentTeam = "get-token-team";
        internal const string ListCurrentTeamMembers = "get-token-team-members";

        private static readonly ApiOperation[] Teams =
        {
            new ApiOperation("Teams", "GET", "/teams", ListTeams, "Get-CoolifyTeam"),
            new ApiOperation("Teams", "GET", "/teams/{id}", GetTeam, "Get-CoolifyTeam"),
            new ApiOperation("Teams", "GET", "/teams/{id}/members", ListTeamMembers, "Get-CoolifyTeamMember"),
            new ApiOperation("Teams", "GET", "/team", GetCurrentTeam, "Get-CoolifyTeam"),
            new ApiOperation("Teams", "GET", "/team/members", ListCurrentTeamMembers, "Get-CoolifyTeamMember"),
        };
    }
}
