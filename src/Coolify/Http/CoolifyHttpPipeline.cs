using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;

namespace Coolify.Http
{
    /// <summary>
    /// The one path every request takes: authentication, JSON headers, timeout, retries, the pre-v4.2
    /// GET fallback, logging without secrets, and mapping of every failure to a CoolifyException.
    /// </summary>
    internal sealed class CoolifyHttpPipeline
    {
        // JSON first, so Laravel answers errors as JSON; text after it because /version and /health
        // answer text/html, which strict content negotiation (a proxy, a mock) would otherwise refuse.
        // Added as text that is known to be valid: typed header values are formatted anew for every request.
        private const string Accept = "application/json, text/plain; q=0.2, text/html; q=0.1";
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");

        private readonly HttpClient _client;
        private readonly Uri _apiBase;
        private readonly string _authorization;
        private readonly Func<TimeSpan, CancellationToken, Task> _delay;
        private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;
        private readonly Connection.CertificateCheck _certificates;

        // The proxy's address (never its credentials) for errors, when one is used.
        private readonly string _proxy;
        private readonly Func<DateTime> _clock;

        internal CoolifyHttpPipeline(HttpClient client, Uri baseUrl, string token, TimeSpan timeout, RetryPolicy retry = null, Func<TimeSpan, CancellationToken, Task> delay = null,
            IReadOnlyList<KeyValuePair<string, string>> headers = null, Connection.CertificateCheck certificates = null, string proxy = null, Func<DateTime> clock = null)
        {
            _proxy = proxy;
            _headers = headers ?? Array.Empty<KeyValuePair<string, string>>();
            _certificates = certificates;
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _apiBase = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/api/v1");
            _authorization = string.IsNullOrEmpty(token) ? null : "Bearer " + token;
            Timeout = timeout;
            Retry = retry ?? RetryPolicy.Default;
            _delay = delay ?? Task.Delay;
            _clock = clock ?? (() => DateTime.UtcNow);
        }

        internal TimeSpan Timeout { get; }

        internal RetryPolicy Retry { get; }

        /// <summary>Paces every request of this connection by the server's rate-limit counters.</summary>
        internal RateLimitPacer Pacer { get; } = new RateLimitPacer();

        internal async Task<ApiResponse> SendAsync(ApiRequest request, RequestLog log, CancellationToken cancellation)
        {
            string method = request.Operation.Method;
            int rateLimited = 0;
            int transient = 0;
            bool fellBack = false;

            while (true)
            {
                // While budget is left (nearly always) the pacer lets the request go at once, with no await.
                var decision = Pacer.Next(_clock());
                PaceTicket ticket = decision.IsGo ? decision.Ticket : await WaitForTurn(decision, log, cancellation).ConfigureAwait(false);
                ApiResponse response;
                try
                {
                    try
                    {
                        response = await SendOnceAsync(request, method, log, cancellation).ConfigureAwait(false);
                    }
                    catch
                    {
                        // No answer: the request gives its place in the rate-limit budget back.
                        Pacer.Abandoned(ticket);
                        throw;
                    }
                }
                catch (CoolifyException ex) when (ex.Category == ErrorCategory.ConnectionError && method == "GET" && transient < Retry.MaxTransientRetries)
                {
                    TimeSpan wait = Retry.TransientDelay(null, transient++);
                    log.Verbose("Coolify: " + ex.Message + " Trying again in " + Seconds(wait) + " (" + transient + " of " + Retry.MaxTransientRetries + ").");
                    await _delay(wait, cancellation).ConfigureAwait(false);
                    continue;
                }

                int status = response.StatusCode;
                if (status != 429)
                {
                    Pacer.Answered(ticket, _clock(), response.RateLimitLimit, response.RateLimitRemaining);
                }

                if (response.IsSuccess)
                {
                    return response;
                }

                int? retryAfter = response.RetryAfterSeconds(DateTimeOffset.UtcNow);

                if (status == 429)
                {
                    TimeSpan wait = RetryPolicy.RateLimitDelay(retryAfter, rateLimited);
                    bool retry = rateLimited < Retry.MaxRateLimitRetries && wait <= Retry.MaxRetryAfter;

                    // Every request on this connection waits, so a burst does not keep hitting the limit;
                    // a wait too long to take is not imposed on the others either.
                    if (retry)
                    {
                        Pacer.RateLimited(ticket, _clock(), wait, response.RateLimitReset, response.RateLimitLimit);
                    }
                    else
                    {
                        Pacer.Answered(ticket, _clock(), response.RateLimitLimit, null);
                    }

                    if (retry)
                    {
                        rateLimited++;
                        string note = "Coolify's rate limit was reached; waiting " + Seconds(wait) + " as the server asked (retry " + rateLimited + " of " + Retry.MaxRateLimitRetries + ").";
                        if (wait >= TimeSpan.FromSeconds(5))
                        {
                            log.Warning(note);
                        }
                        else
                        {
                            log.Verbose("Coolify: " + note);
                        }

                        continue;
                    }
                }

                if (RetryPolicy.IsTransientStatus(status) && method == "GET" && transient < Retry.MaxTransientRetries)
                {
                    TimeSpan wait = Retry.TransientDelay(retryAfter, transient++);
                    log.Verbose("Coolify: the server answered " + status + "; trying again in " + Seconds(wait) + " (" + transient + " of " + Retry.MaxTransientRetries + ").");
                    await _delay(wait, cancellation).ConfigureAwait(false);
                    continue;
                }

                if (status == 405 && request.Operation.LegacyGetAction && method == "POST" && !fellBack)
                {
                    // Coolify before v4.2 served actions with GET only.
                    fellBack = true;
                    method = "GET";
                    log.Verbose("Coolify: the server refused POST with 405; sending GET once, as Coolify before v4.2 expects.");
                    continue;
                }

                if (status >= 300 && status < 400)
                {
                    throw Redirected(request, response);
                }

                throw ErrorMapper.Map(request, response);
            }
        }

        private async Task<ApiResponse> SendOnceAsync(ApiRequest request, string method, RequestLog log, CancellationToken cancellation)
        {
            var uri = new Uri(_apiBase.AbsoluteUri + request.PathAndQuery());
            using (var message = new HttpRequestMessage(ToHttpMethod(method), uri))
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                message.Headers.TryAddWithoutValidation("Accept", Accept);
                if (_authorization != null)
                {
                    message.Headers.TryAddWithoutValidation("Authorization", _authorization);
                }
                foreach (var header in _headers)
                {
                    // An access gateway's service token and the like; the values are secrets, never logged.
                    message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                if (request.Body != null && method != "GET")
                {
                    message.Content = new ByteArrayContent(request.Body);
                    message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    if (log.DebugEnabled)
                    {
                        log.Debug("Coolify: " + method + " " + uri.AbsolutePath + " body: " + Redactor.JsonForDebug(request.Body));
                    }
                }

                timeout.CancelAfter(Timeout);
                long started = Stopwatch.GetTimestamp();
                try
                {
                    using (var answer = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false))
                    {
                        byte[] body = await ReadBody(answer.Content, timeout.Token).ConfigureAwait(false);
                        int status = (int)answer.StatusCode;
                        var response = new ApiResponse(status, answer.ReasonPhrase, answer.Content?.Headers.ContentType?.MediaType, body)
                        {
                            RateLimitLimit = IntHeader(answer, "X-RateLimit-Limit"),
                            RateLimitRemaining = IntHeader(answer, "X-RateLimit-Remaining"),
                        };
                        if (status >= 400)
                        {
                            // Only failures carry a wait (429, 503); a success reads no more headers than it needs.
                            response.RetryAfter = Header(answer, "Retry-After");
                            response.RateLimitReset = status == 429 ? IntHeader(answer, "X-RateLimit-Reset") : null;
                        }
                        else if (status >= 300)
                        {
                            response.Location = answer.Headers.Location?.ToString();
                        }

                        if (log.VerboseEnabled)
                        {
                            // Formatted only for someone who will read it: this line would otherwise be built for every request.
                            long ms = (Stopwatch.GetTimestamp() - started) * 1000 / Stopwatch.Frequency;
                            log.Verbose("Coolify: " + method + " " + uri.AbsolutePath + " -> " + response.StatusCode + " " + response.ReasonPhrase
                                + " (" + body.Length + " bytes, " + ms + " ms)");
                        }

                        if (log.DebugEnabled && body.Length > 0)
                        {
                            log.Debug("Coolify: response body: " + (response.LooksLikeJson ? Redactor.JsonForDebug(body) : Redactor.Scrub(Truncate(response.Text))));
                        }

                        return response;
                    }
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException ex)
                {
                    throw new CoolifyException(CoolifyErrorId.Timeout, ErrorCategory.OperationTimeout,
                        method + " " + uri.AbsolutePath + " got no answer within " + Seconds(Timeout) + ".", ex)
                    { RecommendedAction = "Check that the instance is reachable, or give Connect-Coolify a longer -TimeoutSec." };
                }
                catch (HttpRequestException ex)
                {
                    throw NetworkError(method, uri, ex, _certificates?.LastRejected, _proxy);
                }
                catch (IOException ex)
                {
                    throw NetworkError(method, uri, ex, _certificates?.LastRejected, _proxy);
                }
            }
        }

        /// <summary>
        /// Reads the body into one array of its exact size when the length is known, instead of
        /// HttpClient's growing buffer and a copy of it: a list of 10,000 applications then takes about
        /// its own size in memory once, not three times.
        /// </summary>
        private static async Task<byte[]> ReadBody(HttpContent content, CancellationToken cancellation)
        {
            if (content == null)
            {
                return Array.Empty<byte>();
            }

            using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                long? length = content.Headers.ContentLength;
                if (length.HasValue && length.Value <= int.MaxValue)
                {
                    var body = new byte[length.Value];
                    int read = 0;
                    while (read < body.Length)
                    {
                        int n = await stream.ReadAsync(body, read, body.Length - read, cancellation).ConfigureAwait(false);
                        if (n == 0)
                        {
                            // Cut short: keep what came, so the JSON error says the answer was truncated.
                            Array.Resize(ref body, read);
                            break;
                        }

                        read += n;
                    }

                    return body;
                }

                using (var buffer = new MemoryStream())
                {
                    await stream.CopyToAsync(buffer, 81920, cancellation).ConfigureAwait(false);
                    return buffer.ToArray();
                }
            }
        }

        /// <summary>Waits until the connection's rate-limit budget lets this request go (at once while budget is left).</summary>
        private async Task<PaceTicket> WaitForTurn(PaceDecision decision, RequestLog log, CancellationToken cancellation)
        {
            for (; !decision.IsGo; decision = Pacer.Next(_clock()))
            {
                if (decision.Answer != null)
                {
                    // Another request's answer will tell how much budget is left, or when it comes back.
                    var poll = _delay(RateLimitPacer.AnswerPoll, cancellation);
                    await Task.WhenAny(decision.Answer, poll).ConfigureAwait(false);
                    cancellation.ThrowIfCancellationRequested();
                    continue;
                }

                string note = "the rate limit's budget" + (decision.Limit.HasValue ? " of " + decision.Limit.Value.ToString(CultureInfo.InvariantCulture) + " requests" : string.Empty)
                    + " is spent for now; waiting " + Seconds(decision.Wait) + " for the server's next window.";
                if (decision.Announce && decision.Wait >= TimeSpan.FromSeconds(5))
                {
                    log.Warning("Coolify: " + note);
                }
                else
                {
                    log.Verbose("Coolify: " + note);
                }

                await _delay(decision.Wait, cancellation).ConfigureAwait(false);
            }

            return decision.Ticket;
        }

        private static CoolifyException NetworkError(string method, Uri uri, Exception ex, string rejected, string proxy)
        {
            Exception root = ex;
            while (root.InnerException != null)
            {
                if (root is AuthenticationException)
                {
                    break;
                }

                root = root.InnerException;
            }

            if (root is AuthenticationException || ex.InnerException is AuthenticationException)
            {
                return new CoolifyException(CoolifyErrorId.CertificateError, ErrorCategory.SecurityError,
                    "The TLS certificate of " + uri.Host + " was not accepted" + (rejected != null ? ": it showed " + rejected + "." : ": " + root.Message), ex)
                {
                    RecommendedAction = "If the instance's certificate comes from a private certificate authority, give Connect-Coolify -CertificateAuthority <CA file>; "
                        + "to trust this one certificate, -CertificateThumbprint <its SHA-256>; only for a test instance, -SkipCertificateCheck.",
                };
            }

            return new CoolifyException(CoolifyErrorId.ConnectionFailed, ErrorCategory.ConnectionError,
                "Could not reach Coolify at " + uri.GetLeftPart(UriPartial.Authority) + (proxy != null ? " through the proxy " + proxy : string.Empty)
                    + " (" + method + " " + uri.AbsolutePath + "): " + root.Message, ex)
            {
                RecommendedAction = "Check the URL given to Connect-Coolify, that the instance is up, and that no firewall or proxy blocks it (Connect-Coolify -Proxy names one; -NoProxy bypasses the system's).",
            };
        }

        private static CoolifyException Redirected(ApiRequest request, ApiResponse response) =>
            new CoolifyException(CoolifyErrorId.Redirected, ErrorCategory.InvalidResult,
                request.Operation.Method + " /api/v1" + request.Path + " was redirected (" + response.StatusCode + ") to '" + (response.Location ?? "?")
                + "'. The module does not follow redirects, so the token is never sent to another address.")
            {
                StatusCode = response.StatusCode,
                RecommendedAction = "Connect with the address Coolify is really served at. An access gateway (a single sign-on page such as Cloudflare Access) may be in front of it: "
                    + "give Connect-Coolify its service token with -CloudflareAccessClientId and -CloudflareAccessClientSecret, or the headers it needs with -Header.",
            };

        private static HttpMethod ToHttpMethod(string method)
        {
            switch (method)
            {
                case "GET": return HttpMethod.Get;
                case "POST": return HttpMethod.Post;
                case "PUT": return HttpMethod.Put;
                case "DELETE": return HttpMethod.Delete;
                case "PATCH": return Patch;
                default: return new HttpMethod(method);
            }
        }

        private static string Header(HttpResponseMessage answer, string name) =>
            answer.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

        private static int? IntHeader(HttpResponseMessage answer, string name) =>
            int.TryParse(Header(answer, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : (int?)null;

        private static string Truncate(string text) => text.Length > 2048 ? text.Substring(0, 2048) + "…" : text;

        private static string Seconds(TimeSpan span) =>
            span.TotalSeconds < 10
                ? span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s"
                : Math.Round(span.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
    }
}
