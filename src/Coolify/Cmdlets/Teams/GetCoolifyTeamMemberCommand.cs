using System.Globalization;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Teams
{
    /// <summary>Lists the members of the token's team, or of a team given by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyTeamMember")]
    [OutputType(typeof(CoolifyTeamMember))]
    public sealed class GetCoolifyTeamMemberCommand : CoolifyCmdlet
    {
        /// <summary>Integer id of the team; the token's team when omitted. A piped team binds it.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, long.MaxValue)]
        public long? TeamId { get; set; }

        protected override void ProcessRecord()
        {
            var request = TeamId.HasValue
                ? new ApiRequest(ApiOperations.Get(ApiOperations.ListTeamMembers), TeamId.Value.ToString(CultureInfo.InvariantCulture))
                : new ApiRequest(ApiOperations.Get(ApiOperations.ListCurrentTeamMembers));
            Run(request, response => WriteResources(ReadArray<CoolifyTeamMember>(request, response)));
        }
    }
}
