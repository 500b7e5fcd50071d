using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Coolify.Connection;
using Coolify.Http;
using Coolify.Json;

namespace Coolify.Hosting
{
    /// <summary>
    /// Compiles the code of the first requests on a background thread as the module is imported, while
    /// PowerShell is still busy with the manifest and the format files: the HttpClient factory, and a
    /// whole GET through the HTTP pipeline (rate-limit pacer, headers, body, the JSON list read item by
    /// item and mapped to typed objects) against an answer made in memory, so nothing leaves the process
    /// and nothing global (connections, secrets) is touched. A runbook's Connect-Coolify and first
    /// Get- then start warm. Failures are ignored: the real call redoes the same work and reports them.
    /// </summary>
    internal static class Warmup
    {
        private const string ListBody = "[{\"uuid\":\"warm0000000000000000000a\",\"name\":\"up\",\"status\":\"running:healthy\",\"description\":null,"
            + "\"created_at\":\"2026-01-01T00:00:00.000000Z\",\"updated_at\":\"2026-01-01T00:00:00.000000Z\",\"applications\":[],\"databases\":[],\"extra_field\":1}]";

        internal static void Start() => Task.Run(() =>
        {
            try
            {
                using (HttpClientOwner.Create(ConnectionOptions.Default))
                {
                }

                UrlNormalizer.Normalize("https://coolify.invalid", out _);
                var pipeline = new CoolifyHttpPipeline(new HttpClient(new CannedHandler()), new Uri("https://coolify.invalid/"), null, TimeSpan.FromSeconds(30));
                var request = new ApiRequest(ApiOperations.Get(OperationIds.ListServices));
                var response = pipeline.SendAsync(request, new RequestLog(false, false), CancellationToken.None).GetAwaiter().GetResult();
                response.ForEachArrayItem(request, element =>
                {
                    var service = JsonMapper.Map<CoolifyService>(element);
                    service.SetConnectionName("warm-up");
                    service.ToPipelineObject();
                });
            }
#pragma warning disable CA1031 // Warm-up is best effort; the real call reports any failure.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });

        /// <summary>Answers every request with a short list of services and the counters Coolify sends.</summary>
        private sealed class CannedHandler : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var answer = new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent(ListBody, Encoding.UTF8, "application/json"),
                    RequestMessage = request,
                };
                answer.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "200");
                answer.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "199");
                return Task.FromResult(answer);
            }
        }
    }
}
