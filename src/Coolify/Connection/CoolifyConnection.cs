using System;
using System.Linq;
using System.Net.Http;
using Coolify.Http;

namespace Coolify
{
    /// <summary>
    /// A connection to one Coolify instance, made by Connect-Coolify. It holds the HTTP client and the
    /// token internally; no public member ever exposes the token, so the object is safe to print,
    /// log or export.
    /// </summary>
    public sealed class CoolifyConnection : IDisposable
    {
        private readonly Connection.HttpClientOwner _owner;
        private readonly Connection.ConnectionOptions _options;
        private readonly Lazy<HttpClient> _urlClient;

        internal CoolifyConnection(Uri url, string token, TimeSpan timeout, bool skipCertificateCheck, Func<HttpMessageHandler> primaryHandler = null, RetryPolicy retry = null)
            : this(url, token, timeout, new Connection.ConnectionOptions { Certificates = new Connection.CertificateCheck(skipCertificateCheck, null, null, null) }, primaryHandler, retry)
        {
        }

        internal CoolifyConnection(Uri url, string token, TimeSpan timeout, Connection.ConnectionOptions options, Func<HttpMessageHandler> primaryHandler = null, RetryPolicy retry = null)
        {
            Url = url.AbsoluteUri.TrimEnd('/');
            Name = NameFor(url);
            TimeoutSec = (int)timeout.TotalSeconds;
            _options = options;
            ConnectedAt = DateTime.Now;
            Redactor.Register(token);
            _urlClient = new Lazy<HttpClient>(() => Connection.HttpClientOwner.CreateUrlClient(options, primaryHandler));
            var owner = Connection.HttpClientOwner.Create(options, primaryHandler);
            _owner = owner;
            Pipeline = new CoolifyHttpPipeline(owner.Client, url, token, timeout, retry, headers: options.Headers, certificates: options.Certificates,
                proxy: options.ProxyText == "none" || options.ProxyText == "system" ? null : options.ProxyText);
        }

        /// <summary>
        /// What -Connection and Get-CoolifyConnection -Name know it by: the -Name (or -Context) it was
        /// connected with, else the instance's host, e.g. coolify.example.com.
        /// </summary>
        public string Name { get; internal set; }

        /// <summary>Base address of the instance, e.g. https://coolify.example.com.</summary>
        public string Url { get; }

        /// <summary>Coolify's version as /api/v1/version reports it; empty when the token cannot read it.</summary>
        public string ServerVersion { get; internal set; }

        /// <summary>False when the token has no 'read' permission (a deploy-only token): Get-* cmdlets will be refused.</summary>
        public bool CanRead { get; internal set; } = true;

        public bool SkipCertificateCheck => _options.Certificates.Skip;

        /// <summary>The proxy: its address (never its credentials), "system" for the machine's settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), or "none".</summary>
        public string Proxy => _options.ProxyText;

        /// <summary>The file of private certificate authorities the server's certificate may chain to, if any.</summary>
        public string CertificateAuthority => _options.Certificates.AuthorityPath;

        /// <summary>The SHA-256 pins of the server's certificate, if any.</summary>
        public string[] CertificateThumbprint => _options.Certificates.Pins.ToArray();

        /// <summary>The names of the extra headers sent on every request; their values are never shown.</summary>
        public string[] HeaderNames => _options.HeaderNames;

        /// <summary>How the connection was chosen: parameters, environment, a CLI context, or a context file.</summary>
        public string Source => _options.Source;

        public int TimeoutSec { get; }

        public DateTime ConnectedAt { get; }

        /// <summary>True while this is the connection cmdlets use when no -Connection is given.</summary>
        public bool IsDefault => ReferenceEquals(CoolifySession.Default, this);

        internal bool IsClosed { get; private set; }

        internal CoolifyHttpPipeline Pipeline { get; }

        /// <summary>The client for applications' own URLs (URL checks): same proxy and certificate check, never the token or extra headers.</summary>
        internal HttpClient UrlClient => _urlClient.Value;

        /// <summary>The connection's certificate check, whose last refused certificate a URL check names.</summary>
        internal Connection.CertificateCheck Certificates => _options.Certificates;

        public override string ToString() => Url;

        /// <summary>
        /// The name of a connection made without -Name: host, port when not the scheme's own, and path,
        /// so reconnecting to one instance replaces its connection while different instances keep theirs.
        /// </summary>
        internal static string NameFor(Uri url) =>
            (url.IsDefaultPort ? url.Host : url.Host + ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
                + url.AbsolutePath.TrimEnd('/');

        public void Dispose()
        {
            if (!IsClosed)
            {
                IsClosed = true;
                _owner.Dispose();
                if (_urlClient.IsValueCreated)
                {
                    _urlClient.Value.Dispose();
                }
            }
        }
    }
}
