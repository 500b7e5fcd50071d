using System.Globalization;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Teams
{
    /// <summary>Lists the members of the token's team, or of a team given by id.</summary>
    /// <remarks>
    /// <para>Get-CoolifyTeamMember writes each member's id, name and email; without -TeamId (or a piped team) it lists the token's own team.</para>
    /// </remarks>
    /// <example>Members of the token's team
    /// <code>
    /// Get-CoolifyTeamMember | Format-Table Name, Email
    /// </code>
    /// <para>One row per member.</para>
    /// </example>
    /// <example>Members of a team by id
    /// <code>
    /// Get-CoolifyTeamMember -TeamId 0
    /// </code>
    /// <para>Team 0 is the root team of a self-hosted instance.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Teams.GetCoolifyTeamCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyTeamMember")]
    [OutputType(typeof(CoolifyTeamMember))]
    public sealed class GetCoolifyTeamMemberCommand : CoolifyCmdlet
    {
        /// <summary>Integer id of the team; the token's team when omitted. A piped team binds it.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, long.MaxValue)]
        public long? TeamId { get; set; }

        protected override void ProcessItem()
        {
            var request = TeamId.HasValue
                ? new ApiRequest(ApiOperations.Get(OperationIds.GetMembersByTeamId), TeamId.Value.ToString(CultureInfo.InvariantCulture))
                : new ApiRequest(ApiOperations.Get(OperationIds.GetTokenTeamMembers));
            Run(request, response => WriteResources(ReadArray<CoolifyTeamMember>(request, response)));
        }
    }
}
