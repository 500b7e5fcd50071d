using System;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Servers
{
    /// <summary>Lists the domains a server serves, grouped by IP address, or the domains of one application.</summary>
    /// <remarks>
    /// <para>Get-CoolifyDomain writes, for the server -ServerUuid (a piped server binds it), one object per IP address with the domains of the applications it serves, e.g. to check DNS records before a migration.</para>
    /// <para>With -ApplicationUuid it writes one object for that application instead: Domains are its host names (as in the server's list: no scheme, port or path), Urls its URLs as Coolify stores them, and Ip is empty, since Coolify does not say it for one application. Coolify looks the application up in the whole team, not only on -ServerUuid, which must still name a server of the team.</para>
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
    /// <example>The domains of one application
    /// <code>
    /// Get-CoolifyDomain -ServerUuid srv0localhost0000000000a -ApplicationUuid app0webfrontend000000000 | Select-Object -ExpandProperty Urls
    /// </code>
    /// <para>Its URLs as Coolify stores them; Domains has the host names.</para>
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

        /// <summary>Only the domains of this application (Get-CoolifyApplication gives its Uuid), as one object with its host names and URLs.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string ApplicationUuid { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidId(ServerUuid, "ServerUuid") || (ApplicationUuid != null && !IsValidId(ApplicationUuid, "ApplicationUuid")))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(OperationIds.GetDomainsByServerUuid), ServerUuid).AddQuery("uuid", ApplicationUuid);
            Run(request, response =>
            {
                if (ApplicationUuid != null)
                {
                    WriteResource(ApplicationDomains(request, response));
                    return;
                }

                foreach (var domain in ReadArray<CoolifyDomain>(request, response))
                {
                    domain.ServerUuid = ServerUuid;
                    WriteResource(domain);
                }
            });
        }

        // With uuid= Coolify answers the application's FQDNs, a flat list of URL strings, not [{ip, domains}].
        private CoolifyDomain ApplicationDomains(ApiRequest request, ApiResponse response)
        {
            string[] urls;
            using (var document = response.ParseJson(request))
            {
                var root = document.RootElement;
                urls = root.ValueKind == System.Text.Json.JsonValueKind.Array
                    ? root.EnumerateArray().Where(e => e.ValueKind == System.Text.Json.JsonValueKind.String).Select(e => e.GetString().Trim()).Where(u => u.Length > 0).ToArray()
                    : Array.Empty<string>();
            }

            var domain = new CoolifyDomain { ServerUuid = ServerUuid, Urls = urls, Domains = urls.Select(HostOf).Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray() };
            domain.AddExtra("ApplicationUuid", ApplicationUuid);
            return domain;
        }

        /// <summary>The host of a URL as the server's own domain list writes it: scheme, path and port removed.</summary>
        internal static string HostOf(string url)
        {
            string rest = url;
            foreach (string scheme in new[] { "https://", "http://" })
            {
                rest = rest.Replace(scheme, string.Empty);
            }

            rest = rest.Split('/')[0];
            return rest.Split(':')[0];
        }
    }
}
