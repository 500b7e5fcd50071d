using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using Coolify.Http;

namespace Coolify.Waiting
{
    /// <summary>
    /// Asks an application's URL whether it answers: one GET through the connection's URL client (its proxy and
    /// certificate check, never its token or extra headers), redirects reported rather than followed. A 2xx or 3xx
    /// answer is ready; anything else, or no answer, is kept in the URL's status for the error message.
    /// </summary>
    internal static class UrlProbe
    {
        /// <summary>The URLs an application answers at: its fqdn, a comma-separated list of URLs (a bare host gets https://).</summary>
        internal static IReadOnlyList<Uri> FromFqdn(string fqdn)
        {
            var urls = new List<Uri>();
            foreach (string part in (fqdn ?? string.Empty).Split(','))
            {
                string text = part.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (!text.Contains("://"))
                {
                    text = "https://" + text;
                }

                if (Uri.TryCreate(text, UriKind.Absolute, out var url) && IsHttp(url) && !urls.Contains(url))
                {
                    urls.Add(url);
                }
            }

            return urls;
        }

        internal static bool IsHttp(Uri url) =>
            url != null && url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

        /// <summary>Sends one GET and records the outcome in <paramref name="status"/>; never throws but for Ctrl+C.</summary>
        internal static async Task Probe(HttpClient client, Uri url, CoolifyUrlStatus status, TimeSpan timeout, Connection.CertificateCheck certificates, RequestLog log, CancellationToken stop)
        {
            var watch = Stopwatch.StartNew();
            status.Attempts++;
            using (var timer = CancellationTokenSource.CreateLinkedTokenSource(stop))
            using (var message = new HttpRequestMessage(HttpMethod.Get, url))
            {
                timer.CancelAfter(timeout);
                try
                {
                    using (var answer = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timer.Token).ConfigureAwait(false))
                    {
                        int code = (int)answer.StatusCode;
                        status.StatusCode = code;
                        status.StatusDescription = answer.ReasonPhrase;
                        status.Error = null;
                        status.Ready = code >= 200 && code < 400;
                        log.Verbose("URL check: GET " + url.AbsoluteUri + " -> " + status.LastResult
                            + (code >= 300 && code < 400 && answer.Headers.Location != null ? " (to " + answer.Headers.Location + ", not followed)" : string.Empty)
                            + " (" + watch.ElapsedMilliseconds + " ms)");
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException)
                {
                    NoAnswer(status, url, "no answer within " + (int)Math.Ceiling(timeout.TotalSeconds) + " s", log);
                }
                catch (HttpRequestException ex)
                {
                    NoAnswer(status, url, Describe(ex, certificates), log);
                }
                catch (IOException ex)
                {
                    NoAnswer(status, url, Describe(ex, certificates), log);
                }
            }
        }

        private static void NoAnswer(CoolifyUrlStatus status, Uri url, string error, RequestLog log)
        {
            status.StatusCode = null;
            status.StatusDescription = null;
            status.Error = error;
            status.Ready = false;
            log.Verbose("URL check: GET " + url.AbsoluteUri + " -> " + error);
        }

        /// <summary>A network failure in words: the innermost message, or which certificate was refused.</summary>
        private static string Describe(Exception ex, Connection.CertificateCheck certificates)
        {
            var chain = new List<Exception>();
            for (var e = ex; e != null; e = e.InnerException)
            {
                chain.Add(e);
            }

            if (chain.Any(e => e is AuthenticationException))
            {
                string rejected = certificates?.LastRejected;
                return "the TLS certificate was not accepted" + (rejected != null ? ": it showed " + rejected : ": " + chain.Last().Message);
            }

            return chain.Last().Message;
        }
    }
}
