using System.Net;
using System.Text;
using Coolify.Http;

namespace Coolify.Tests;

/// <summary>An HttpMessageHandler that answers from a script and records every request it saw.</summary>
internal sealed class FakeHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, int, Task<HttpResponseMessage>> _answer;

    internal FakeHandler(Func<HttpRequestMessage, int, Task<HttpResponseMessage>> answer) => _answer = answer;

    /// <summary>A server that accepts the request and never answers (until the caller gives up).</summary>
    internal static FakeHandler Hanging() => new((_, _) => Task.FromResult<HttpResponseMessage>(null!)) { Hang = true };

    private bool Hang { get; init; }

    internal List<(string Method, string Uri, string? Authorization, string? Accept, string? ContentType, string? Body)> Seen { get; } = new();

    internal static FakeHandler Always(int status, string body, string contentType = "application/json", Action<HttpResponseMessage>? edit = null) =>
        new((_, _) => Task.FromResult(Answer(status, body, contentType, edit)));

    internal static FakeHandler Sequence(params Func<HttpResponseMessage>[] answers) =>
        new((_, i) => Task.FromResult(answers[Math.Min(i, answers.Length - 1)]()));

    internal static HttpResponseMessage Answer(int status, string body, string contentType = "application/json", Action<HttpResponseMessage>? edit = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        edit?.Invoke(response);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content == null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        int index;
        lock (Seen)
        {
            index = Seen.Count;
            Seen.Add((request.Method.Method, request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(),
                string.Join(",", request.Headers.Accept), request.Content?.Headers.ContentType?.ToString(), body));
        }

        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return await _answer(request, index);
    }
}

/// <summary>
/// Builds a pipeline over a FakeHandler whose waits are recorded instead of slept: each wait moves the
/// pipeline's clock on by as much, so the rate-limit pacer sees the time it asked for go by.
/// </summary>
internal sealed class PipelineFixture
{
    internal const string Token = "12|fixturesecrettoken000000000000000000000000000";

    private readonly object _clockGate = new();
    private DateTime _now = new(2026, 1, 1, 12, 0, 0, 250, DateTimeKind.Utc);

    internal PipelineFixture(FakeHandler handler, TimeSpan? timeout = null)
    {
        Handler = handler;
        Pipeline = new CoolifyHttpPipeline(new HttpClient(handler), new Uri("https://coolify.example.com/"), Token,
            timeout ?? TimeSpan.FromSeconds(30), new RetryPolicy(), (wait, _) =>
            {
                lock (_clockGate)
                {
                    Waits.Add(wait);
                    _now += wait;
                }

                return Task.CompletedTask;
            }, clock: () => Now);
    }

    /// <summary>The pipeline's clock: starts at a fixed moment and moves only by the waits.</summary>
    internal DateTime Now
    {
        get { lock (_clockGate) return _now; }
    }

    internal FakeHandler Handler { get; }

    internal CoolifyHttpPipeline Pipeline { get; }

    internal List<TimeSpan> Waits { get; } = new();

    internal RequestLog Log { get; } = new(debugEnabled: true);

    internal Task<ApiResponse> Send(string operationId, params string[] ids) =>
        Pipeline.SendAsync(new ApiRequest(ApiOperations.Get(operationId), ids), Log, CancellationToken.None);

    internal async Task<CoolifyException> Fails(string operationId, params string[] ids) =>
        await Assert.ThrowsAsync<CoolifyException>(() => Send(operationId, ids));

    internal List<string> Messages()
    {
        var list = new List<string>();
        while (Log.TryDequeue(out var entry)) list.Add(entry.Message);
        return list;
    }
}
