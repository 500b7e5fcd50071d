using System;
using System.Linq;
using System.Net;

namespace Coolify.Connection
{
    /// <summary>
    /// The standard proxy variables as curl and most tools read them, at connect time: HTTPS_PROXY for
    /// https://, HTTP_PROXY for http:// (lower-case names too), and NO_PROXY (host names or domain suffixes,
    /// comma-separated; * for all) for what goes direct. Read per connection, so a runbook that sets them
    /// before Connect-Coolify gets them whatever the process saw at start.
    /// </summary>
    internal sealed class EnvironmentProxy : IWebProxy
    {
        private readonly Uri _http;
        private readonly Uri _https;
        private readonly string[] _bypass;

        private EnvironmentProxy(Uri http, Uri https, string[] bypass, ICredentials credentials)
        {
            _http = http;
            _https = https;
            _bypass = bypass;
            Credentials = credentials;
        }

        public ICredentials Credentials { get; set; }

        /// <summary>The proxy an address of this scheme would use, for Get-CoolifyConnection.</summary>
        internal Uri For(string scheme) => scheme == Uri.UriSchemeHttps ? _https : _http;

        /// <summary>The proxy the variables name, or null when none is set.</summary>
        internal static EnvironmentProxy FromEnvironment()
        {
            Uri http = Read("HTTP_PROXY");
            Uri https = Read("HTTPS_PROXY") ?? http;
            if (http == null && https == null)
            {
                return null;
            }

            string noProxy = Variable("NO_PROXY") ?? string.Empty;
            var bypass = noProxy.Split(',').Select(h => h.Trim().TrimStart('.').ToLowerInvariant()).Where(h => h.Length > 0).ToArray();
            var withUser = new[] { https, http }.FirstOrDefault(u => u != null && u.UserInfo.Length > 0);
            return new EnvironmentProxy(Strip(http), Strip(https), bypass, withUser == null ? null : Credential(withUser));
        }

        public Uri GetProxy(Uri destination) => For(destination.Scheme) ?? destination;

        public bool IsBypassed(Uri host)
        {
            if (For(host.Scheme) == null)
            {
                return true;
            }

            string name = host.Host.ToLowerInvariant();
            return _bypass.Any(b => b == "*" || name == b || name.EndsWith("." + b, StringComparison.Ordinal));
        }

        /// <summary>User and password written into a proxy address (http://user:pass@proxy:3128), as a credential.</summary>
        internal static NetworkCredential Credential(Uri proxy)
        {
            int colon = proxy.UserInfo.IndexOf(':');
            string[] parts = colon < 0 ? new[] { proxy.UserInfo } : new[] { proxy.UserInfo.Substring(0, colon), proxy.UserInfo.Substring(colon + 1) };
            var credential = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
            Http.Redactor.Register(credential.Password);
            return credential;
        }

        /// <summary>The proxy address without user information.</summary>
        internal static Uri Strip(Uri proxy) => proxy == null ? null : new Uri(proxy.GetLeftPart(UriPartial.Authority));

        private static Uri Read(string name)
        {
            string value = Variable(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            value = value.Contains("://") ? value.Trim() : "http://" + value.Trim();
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
        }

        private static string Variable(string name) =>
            Environment.GetEnvironmentVariable(name) ?? Environment.GetEnvironmentVariable(name.ToLowerInvariant());
    }
}
