using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Security;
using Coolify.Connection;
using Coolify.Http;
using Coolify.Text;

namespace Coolify.Cmdlets.Connection
{
    /// <summary>Connect-Coolify's ways through a network: proxy, private certificate authorities, pins and extra headers.</summary>
    public sealed partial class ConnectCoolifyCommand
    {
        private static readonly string[] ReservedHeaders = { "Authorization", "Host" };

        /// <summary>An HTTP proxy for every request of the connection, loopback addresses included, e.g. http://proxy.example.com:3128. Without it, HTTPS_PROXY, HTTP_PROXY and NO_PROXY apply, or else the system's settings.</summary>
        [Parameter]
        public Uri Proxy { get; set; }

        /// <summary>The user name and password for -Proxy; the password is never shown.</summary>
        [Parameter]
        [Credential]
        public PSCredential ProxyCredential { get; set; }

        /// <summary>Use no proxy at all, not even the one HTTPS_PROXY, HTTP_PROXY or the system's settings name.</summary>
        [Parameter]
        public SwitchParameter NoProxy { get; set; }

        /// <summary>
        /// A PEM or DER file with one or more certificate authorities that the server's certificate may chain to,
        /// for instances with a private CA. Certificates this machine trusts are accepted too, and the host name is
        /// still checked. Default: the file COOLIFY_CA_CERT names.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string CertificateAuthority { get; set; }

        /// <summary>
        /// SHA-256 fingerprints of the server's own certificate (hex, any case, colons allowed). Alone, a pinned
        /// certificate is trusted as it is; with -CertificateAuthority, the chain must hold too.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] CertificateThumbprint { get; set; }

        /// <summary>Extra headers for every request, e.g. an access gateway's; values are strings or SecureStrings and are never shown. Authorization and Host cannot be set.</summary>
        [Parameter]
        [ValidateNotNull]
        public IDictionary Header { get; set; }

        /// <summary>The Client ID of a Cloudflare Access service token, sent as CF-Access-Client-Id (default: COOLIFY_CF_ACCESS_CLIENT_ID with a bare Connect-Coolify).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string CloudflareAccessClientId { get; set; }

        /// <summary>The Client Secret of a Cloudflare Access service token, sent as CF-Access-Client-Secret (default: COOLIFY_CF_ACCESS_CLIENT_SECRET with a bare Connect-Coolify).</summary>
        [Parameter]
        public SecureString CloudflareAccessClientSecret { get; set; }

        /// <summary>The proxy, certificate check and headers the parameters and the environment ask for; checked before anything is sent.</summary>
        private ConnectionOptions ReadNetworkOptions(bool fromEnvironment, string source)
        {
            var options = new ConnectionOptions { Source = source, NoProxy = NoProxy };
            if (NoProxy && Proxy != null)
            {
                Refuse("-Proxy and -NoProxy contradict each other.", "Give -Proxy <uri> to use a proxy, or -NoProxy to use none.");
            }

            if (ProxyCredential != null && Proxy == null)
            {
                Refuse("-ProxyCredential needs -Proxy.", "Give the proxy's address with -Proxy http://proxy.example.com:3128.");
            }

            if (Proxy != null)
            {
                if (!Proxy.IsAbsoluteUri || (Proxy.Scheme != Uri.UriSchemeHttp && Proxy.Scheme != Uri.UriSchemeHttps))
                {
                    Refuse("-Proxy must be an http:// or https:// address, e.g. http://proxy.example.com:3128.", "Give the proxy's address with its scheme and port.");
                }

                options.Proxy = EnvironmentProxy.Strip(Proxy);
                if (ProxyCredential != null)
                {
                    options.ProxyCredential = ProxyCredential.GetNetworkCredential();
                    Redactor.Register(options.ProxyCredential.Password);
                }
                else if (Proxy.UserInfo.Length > 0)
                {
                    // Credentials written into the address; Credential registers the password as a secret.
                    options.ProxyCredential = EnvironmentProxy.Credential(Proxy);
                }
            }
            else if (!NoProxy)
            {
                options.EnvironmentProxy = EnvironmentProxy.FromEnvironment();
            }

            options.Certificates = ReadCertificateCheck();
            AddHeaders(options, fromEnvironment);
            return options;
        }

        private CertificateCheck ReadCertificateCheck()
        {
            string path = CertificateAuthority;
            if (path == null && !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("COOLIFY_CA_CERT")))
            {
                path = Environment.GetEnvironmentVariable("COOLIFY_CA_CERT").Trim();
            }

            if (SkipCertificateCheck && (CertificateAuthority != null || CertificateThumbprint != null))
            {
                Refuse("-SkipCertificateCheck turns every check off, so -CertificateAuthority and -CertificateThumbprint would mean nothing.",
                    "Leave out -SkipCertificateCheck to check the certificate against the CA file or the pins.");
            }

            if (SkipCertificateCheck)
            {
                return new CertificateCheck(true, null, null, null);
            }

            var pins = new List<string>();
            foreach (string pin in CertificateThumbprint ?? Array.Empty<string>())
            {
                pins.Add(CertificateCheck.NormalizePin(pin) ?? Refuse<string>(
                    "-CertificateThumbprint '" + pin + "' is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).",
                    "Get it with: openssl s_client -connect host:443 < /dev/null | openssl x509 -noout -fingerprint -sha256"));
            }

            if (path == null)
            {
                return new CertificateCheck(false, null, null, pins);
            }

            string full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
            try
            {
                return new CertificateCheck(false, CertificateAuthorityFile.Read(full), full, pins);
            }
            catch (CoolifyException ex)
            {
                ThrowTerminatingError(ex.ToErrorRecord(full));
                return null;
            }
        }

        private void AddHeaders(ConnectionOptions options, bool fromEnvironment)
        {
            string cfId = CloudflareAccessClientId;
            string cfSecret = CloudflareAccessClientSecret == null ? null : PowerShellValues.Plain(CloudflareAccessClientSecret);
            if (fromEnvironment && cfId == null && cfSecret == null)
            {
                cfId = NullIfEmpty(Environment.GetEnvironmentVariable("COOLIFY_CF_ACCESS_CLIENT_ID"));
                cfSecret = NullIfEmpty(Environment.GetEnvironmentVariable("COOLIFY_CF_ACCESS_CLIENT_SECRET"));
            }

            if ((cfId == null) != (cfSecret == null))
            {
                Refuse("A Cloudflare Access service token has two parts: give both -CloudflareAccessClientId and -CloudflareAccessClientSecret"
                    + (fromEnvironment ? " (or both COOLIFY_CF_ACCESS_CLIENT_ID and COOLIFY_CF_ACCESS_CLIENT_SECRET)." : "."),
                    "Create a service token under Access > Service auth in Cloudflare Zero Trust, and allow it in the application's policy.");
            }

            if (cfId != null)
            {
                Add(options, "CF-Access-Client-Id", cfId);
                Add(options, "CF-Access-Client-Secret", cfSecret);
            }

            foreach (DictionaryEntry entry in Header ?? new Hashtable())
            {
                string name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture)?.Trim();
                object raw = PowerShellValues.Unwrap(entry.Value);
                string value = raw is SecureString secure ? PowerShellValues.Plain(secure) : Convert.ToString(raw, CultureInfo.InvariantCulture);
                if (string.IsNullOrEmpty(name) || name.Any(c => c <= ' ' || c >= 127 || c == ':'))
                {
                    Refuse("-Header has a name that is not a valid HTTP header name: '" + name + "'.", "Use names such as X-Access-Token, without spaces or colons.");
                }

                if (ReservedHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    Refuse("-Header cannot set " + name + ": the module sends it itself (the API token, the instance's host).",
                        "Give the API token with -Token; for a gateway's own credentials use another header, e.g. its service-token headers.");
                }

                if (options.Headers.Any(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)))
                {
                    Refuse("The header " + name + " is given twice (in -Header and by -CloudflareAccessClientId or another -Header key).", "Give it once.");
                }

                Add(options, name, value ?? string.Empty);
            }
        }

        private static void Add(ConnectionOptions options, string name, string value)
        {
            Redactor.Register(value);
            options.Headers.Add(new KeyValuePair<string, string>(name, value));
        }

        private static string NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        private void Refuse(string message, string action) => Refuse<object>(message, action);

        private T Refuse<T>(string message, string action)
        {
            Fail(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument, message, action, null);
            return default;
        }
    }
}
