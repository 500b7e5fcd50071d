using System.Globalization;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Teams
{
    /// <summary>Gets the token's team, the teams list, or teams by id.</summary>
    /// <remarks>
    /// <para>Each Coolify token belongs to one team, and everything the module does happens in that team. Without parameters Get-CoolifyTeam gets that team; -List lists the teams the token can see (Coolify shows only the token's own); -Id gets teams by their integer id. A team object pipes on to Get-CoolifyTeamMember.</para>
    /// </remarks>
    /// <example>The token's team
    /// <code>
    /// Get-CoolifyTeam
    /// </code>
    /// <para>Id, name and settings of the team.</para>
    /// </example>
    /// <example>The members of the token's team
    /// <code>
    /// Get-CoolifyTeam | Get-CoolifyTeamMember
    /// </code>
    /// <para>A piped team binds -TeamId.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Teams.GetCoolifyTeamMemberCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyTeam", DefaultParameterSetName = CurrentSet)]
    [OutputType(typeof(CoolifyTeam))]
    public sealed class GetCoolifyTeamCommand : CoolifyCmdlet
    {
        private const string CurrentSet = "Current";
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary>List the teams the token can see (Coolify shows the token's own team only).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ListSet)]
        public SwitchParameter List { get; set; }

        /// <summary>Integer ids of the teams.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamId")]
        [ValidateRange(0, long.MaxValue)]
        public long[] Id { get; set; }

        protected override void ProcessItem()
        {
            switch (ParameterSetName)
            {
                case ListSet:
                    var list = new ApiRequest(ApiOperations.Get(OperationIds.ListTeams));
                    Run(list, response => WriteResources(ReadArray<CoolifyTeam>(list, response)));
                    break;
                case IdSet:
                    foreach (long id in Id)
                    {
                        var one = new ApiRequest(ApiOperations.Get(OperationIds.GetTeamById), id.ToString(CultureInfo.InvariantCulture));
                        Run(one, response => WriteResource(ReadObject<CoolifyTeam>(one, response)));
                    }

                    break;
                default:
                    var current = new ApiRequest(ApiOperations.Get(OperationIds.GetTokenTeam));
                    Run(current, response => WriteResource(ReadObject<CoolifyTeam>(current, response)));
                    break;
            }
        }
    }
}
