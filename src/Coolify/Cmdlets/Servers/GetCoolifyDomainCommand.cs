using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Servers
{
    /// <summary>Lists the domains a server serves, grouped by IP address.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyDomain")]
    [OutputType(typeof(CoolifyDomain))]
    public sealed class GetCoolifyDomainCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServerUuid { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServerUuid, "ServerUuid"))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.ListServerDomains), ServerUuid);
            Run(request, response =>
            {
                foreach (var domain in ReadArray<CoolifyDomain>(request, response))
                {
                    domain.ServerUuid = ServerUuid;
                    WriteResource(domain);
                }
            });
        }
    }
}
