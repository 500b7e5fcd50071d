using System;
using System.Linq;
using System.Text.Json;
using Coolify.Http;

namespace Coolify.Cmdlets.Servers
{
    // What Get-CoolifyDomain adds to its generated part: -ApplicationUuid gives one object for that application.
    public sealed partial class GetCoolifyDomainCommand
    {
        internal override bool CheckInput() => ApplicationUuid == null || IsValidId(ApplicationUuid, nameof(ApplicationUuid));

        /// <summary>
        /// With uuid= Coolify answers the application's URLs as a flat list of strings, not [{ip, domains}]
        /// (ServersController.php:316 at 379abb25): they become one object with the host names and the URLs.
        /// </summary>
        internal override bool HandleAnswer(ApiRequest request, ApiResponse response)
        {
            if (ApplicationUuid == null)
            {
                return false;
            }

            string[] urls;
            using (var document = response.ParseJson(request))
            {
                var root = document.RootElement;
                urls = root.ValueKind == JsonValueKind.Array
                    ? root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString().Trim()).Where(u => u.Length > 0).ToArray()
                    : Array.Empty<string>();
            }

            var domain = new CoolifyDomain { ServerUuid = ServerUuid, Urls = urls, Domains = urls.Select(HostOf).Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray() };
            domain.AddExtra("ApplicationUuid", ApplicationUuid);
            WriteResource(domain);
            return true;
        }

        /// <summary>The host of a URL as the server's own domain list writes it: scheme, path and port removed.</summary>
        private static string HostOf(string url)
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
