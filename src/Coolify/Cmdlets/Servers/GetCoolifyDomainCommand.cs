using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Servers
{
    /// <summary>Lists the domains a server serves, grouped by IP address.</summary>
    /// <remarks>
    /// <para>Get-CoolifyDomain writes, for the server -ServerUuid (a piped server binds it), one object per IP address with the domains of the resources it serves, e.g. to check DNS records before a migration.</para>
    /// </remarks>
    /// <example>The domains of a server
    /// <code>
    /// Get-CoolifyServer -Name localhost | Get-CoolifyDomain
    /// </code>
    /// <para>Ip and Domains of each address.</para>
    /// </example>
    /// <example>Every domain of every server, one per line
    /// <code>
    /// Get-CoolifyServer | Get-CoolifyDomain | ForEach-Object Domains | Sort-Object -Unique
    /// </code>
    /// <para>A flat list of domain names.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Servers.GetCoolifyServerCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyDomain")]
    [OutputType(typeof(CoolifyDomain))]
    public sealed class GetCoolifyDomainCommand : CoolifyCmdlet
    {
        /// <summary>Id of the server; a piped server binds it.</summary>
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
