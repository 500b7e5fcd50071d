using System;
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

        internal CoolifyConnection(Uri url, string token, TimeSpan timeout, bool skipCertificateCheck, Func<HttpMessageHandler> primaryHandler = null, RetryPolicy retry = null)
        {
            Url = url.AbsoluteUri.TrimEnd('/');
            Name = NameFor(url);
            TimeoutSec = (int)timeout.TotalSeconds;
            SkipCertificateCheck = skipCertificateCheck;
            ConnectedAt = DateTime.Now;
            Redactor.Register(token);
            var owner = Connection.HttpClientOwner.Create(skipCertificateCheck, primaryHandler);
            _owner = owner;
            Pipeline = new CoolifyHttpPipeline(owner.Client, url, token, timeout, retry);
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

        public bool SkipCertificateCheck { get; }

        public int TimeoutSec { get; }

        public DateTime ConnectedAt { get; }

        /// <summary>True while this is the connection cmdlets use when no -Connection is given.</summary>
        public bool IsDefault => ReferenceEquals(CoolifySession.Default, this);

        internal bool IsClosed { get; private set; }

        internal CoolifyHttpPipeline Pipeline { get; }

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
            }
        }
    }
}
