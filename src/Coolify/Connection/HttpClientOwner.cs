using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;

namespace Coolify.Connection
{
    /// <summary>
    /// Owns the HttpClient of one connection, made by IHttpClientFactory. Kept apart from the public
    /// CoolifyConnection so no Microsoft.Extensions type is ever reflected over before the module's
    /// assembly resolver is in place.
    /// </summary>
    internal sealed class HttpClientOwner : IDisposable
    {
        private const string ClientName = "Coolify";
        private readonly ServiceProvider _services;

        private HttpClientOwner(ServiceProvider services, HttpClient client)
        {
            _services = services;
            Client = client;
        }

        internal HttpClient Client { get; }

        internal static HttpClientOwner Create(ConnectionOptions options, Func<HttpMessageHandler> primaryHandler = null)
        {
            var services = new ServiceCollection();
            // No logging handlers: nothing of the module reads Microsoft.Extensions.Logging, and the two the
            // factory adds cost every request a logger scope and two more async steps.
            services.AddHttpClient(ClientName)
                .ConfigurePrimaryHttpMessageHandler(primaryHandler ?? (() => CreateHandler(options ?? ConnectionOptions.Default)))
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
                .RemoveAllLoggers();
            var provider = services.BuildServiceProvider();
            var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);

            // The pipeline enforces its own per-request timeout so it can tell a timeout from Ctrl+C.
            client.Timeout = Timeout.InfiniteTimeSpan;
            return new HttpClientOwner(provider, client);
        }

        /// <summary>
        /// A client for an application's own URLs (URL checks): the connection's proxy and certificate check, no
        /// redirects followed, and nothing of the connection's identity: no token, none of its extra headers.
        /// </summary>
        internal static HttpClient CreateUrlClient(ConnectionOptions options, Func<HttpMessageHandler> primaryHandler = null)
        {
            var handler = primaryHandler?.Invoke() ?? CreateHandler(options ?? ConnectionOptions.Default);
            var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Coolify-PowerShell-UrlCheck");
            return client;
        }

        private static HttpClientHandler CreateHandler(ConnectionOptions options)
        {
            var handler = new HttpClientHandler
            {
                // A redirect could carry the token to another host; the pipeline reports it instead.
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,

                // .NET Framework allows two connections per host unless told otherwise.
                MaxConnectionsPerServer = 256,

                // Every certificate goes through the connection's check, which also remembers the one it
                // refused so the error can name it (-SkipCertificateCheck accepts any, as the user asked).
                ServerCertificateCustomValidationCallback = options.Certificates.Validate,
            };
            var proxy = options.NoProxy ? null : options.WebProxy;
            if (options.NoProxy)
            {
                handler.UseProxy = false;
            }
            else if (proxy != null)
            {
                handler.UseProxy = true;
                handler.Proxy = proxy;
            }

            return handler;
        }

        public void Dispose()
        {
            Client.Dispose();
            _services.Dispose();
        }
    }
}
