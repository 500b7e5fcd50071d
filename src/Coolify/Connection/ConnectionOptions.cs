using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace Coolify.Connection
{
    /// <summary>
    /// How a connection reaches its instance, beyond the address and token: the proxy, the certificate
    /// check, extra headers (an access gateway's service token) and where the settings came from. Header
    /// values and the proxy password are secrets: only names and the proxy's address are ever shown.
    /// </summary>
    internal sealed class ConnectionOptions
    {
        internal static readonly ConnectionOptions Default = new ConnectionOptions();

        /// <summary>-Proxy, without user information; null for the system's settings.</summary>
        internal Uri Proxy { get; set; }

        internal NetworkCredential ProxyCredential { get; set; }

        /// <summary>The proxy the standard variables name (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), when there is no -Proxy.</summary>
        internal EnvironmentProxy EnvironmentProxy { get; set; }

        /// <summary>-NoProxy: no proxy at all, the system's settings included.</summary>
        internal bool NoProxy { get; set; }

        internal CertificateCheck Certificates { get; set; } = new CertificateCheck(false, null, null, null);

        /// <summary>Extra headers sent on every request; the values are secrets.</summary>
        internal List<KeyValuePair<string, string>> Headers { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>How the connection was chosen, e.g. "parameters", "environment", "context file /repo/.coolify.json (CLI context prod)".</summary>
        internal string Source { get; set; } = "parameters";

        /// <summary>The proxy as Get-CoolifyConnection shows it: its address without credentials, "none" or "system".</summary>
        internal string ProxyText =>
            NoProxy ? "none"
            : Proxy != null ? Proxy.GetLeftPart(UriPartial.Authority)
            : EnvironmentProxy != null ? "environment (" + string.Join(", ", new[] { EnvironmentProxy.For(Uri.UriSchemeHttps), EnvironmentProxy.For(Uri.UriSchemeHttp) }
                .Where(u => u != null).Select(u => u.GetLeftPart(UriPartial.Authority)).Distinct()) + ")"
            : "system";

        internal string[] HeaderNames => Headers.Select(h => h.Key).ToArray();

        /// <summary>The proxy to give the handler: -Proxy, else the variables' proxy, else null for the system's settings.</summary>
        internal IWebProxy WebProxy => Proxy != null ? new ExplicitProxy(Proxy, ProxyCredential) : (IWebProxy)EnvironmentProxy;
    }
}
