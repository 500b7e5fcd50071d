using System.Net.Http.Headers;
using Coolify.Http;

namespace Coolify.Tests;

public class RetryTests
{
    private static Func<HttpResponseMessage> Status(int code, int? retryAfter = null) => () =>
        FakeHandler.Answer(code, "{\"message\":\"x\"}", edit: r =>
        {
            if (retryAfter.HasValue) r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfter.Value));
        });

    private static Func<HttpResponseMessage> Ok => () => FakeHandler.Answer(200, "{\"message\":\"Service starting request queued.\"}");

    [Fact]
    public async Task A_429_is_waited_out_as_Retry_After_says_even_for_a_POST()
    {
        var fixture = new PipelineFixture(FakeHandler.Sequence(Status(429, 7), Ok));
        var response = await fixture.Send(OperationIds.StartServiceByUuid, "k0wcgw4");
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(2, fixture.Handler.Seen.Count);
        Assert.Contains(fixture.Waits, w => w >= TimeSpan.FromSeconds(6.5));
        Assert.Contains(fixture.Messages(), m => m.Contains("rate limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_without_Retry_After_backs_off_and_gives_up_after_the_limit()
    {
        var fixture = new PipelineFixture(FakeHandler.Sequence(Status(429)));
        var error = await fixture.Fails(OperationIds.ListServices);
        Assert.Equal("CoolifyRateLimited", error.ErrorId);
        Assert.Equal(new RetryPolicy().MaxRateLimitRetries + 1, fixture.Handler.Seen.Count);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_maximum_fails_at_once()
    {
        var fixture = new PipelineFixture(FakeHandler.Sequence(Status(429, 3600)));
        var error = await fixture.Fails(OperationIds.ListServices);
        Assert.Equal("CoolifyRateLimited", error.ErrorId);
        Assert.Equal(3600, error.RetryAfterSeconds);
        Assert.Single(fixture.Handler.Seen);
    }

    [Theory]
    [InlineData(500, "CoolifyServerError")]
    [InlineData(502, "CoolifyServerUnavailable")]
    [InlineData(503, "CoolifyServerUnavailable")]
    [InlineData(504, "CoolifyServerUnavailable")]
    public async Task A_GET_is_retried_after_a_server_error_a_bounded_number_of_times(int status, string errorId)
    {
        var fixture = new PipelineFixture(FakeHandler.Sequence(Status(status)));
        var error = await fixture.Fails(OperationIds.ListServices);
        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal(new RetryPolicy().MaxTransientRetries + 1, fixture.Handler.Seen.Count);
    }

    [Fact]
    public async Task A_GET_succeeds_after_one_503()
    {
        var fixture = new PipelineFixture(FakeHandler.Sequence(Status(503), Ok));
        Assert.Equal(200, (await fixture.Send(OperationIds.ListServices)).StatusCode);
        Assert.Equal(2, fixture.Handler.Seen.Count);
    }

    [Theory]
    [InlineData(OperationIds.StartServiceByUuid)]
    [InlineData(OperationIds.UpdateServiceByUuid)]
    [InlineData(OperationIds.DeleteServiceByUuid)]
    public async Task Writes_are_never_retried_after_a_503(string operation)
    {
        var fixture = new PipelineFixture(FakeHandler.Sequence(Status(503), Ok));
        await fixture.Fails(operation, "k0wcgw4");
        Assert.Single(fixture.Handler.Seen);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Authentication_failures_are_never_retried(int status)
    {
        var fixture = new PipelineFixture(FakeHandler.Sequence(Status(status), Ok));
        await fixture.Fails(OperationIds.ListServices);
        Assert.Single(fixture.Handler.Seen);
    }

    [Fact]
    public async Task A_network_failure_is_retried_for_GET_and_reported_after_the_limit()
    {
        var fixture = new PipelineFixture(new FakeHandler((_, _) => throw new HttpRequestException("Connection refused")));
        var error = await fixture.Fails(OperationIds.ListServices);
        Assert.Equal("CoolifyConnectionFailed", error.ErrorId);
        Assert.Equal(new RetryPolicy().MaxTransientRetries + 1, fixture.Handler.Seen.Count);
    }

    [Fact]
    public async Task A_network_failure_on_a_POST_is_sent_once()
    {
        var fixture = new PipelineFixture(new FakeHandler((_, _) => throw new HttpRequestException("Connection reset")));
        var error = await fixture.Fails(OperationIds.StartServiceByUuid, "k0wcgw4");
        Assert.Equal("CoolifyConnectionFailed", error.ErrorId);
        Assert.Single(fixture.Handler.Seen);
    }

    [Fact]
    public async Task A_legacy_action_answered_405_is_sent_once_more_with_GET()
    {
        var fixture = new PipelineFixture(FakeHandler.Sequence(Status(405), Ok));
        Assert.Equal(200, (await fixture.Send(OperationIds.StartServiceByUuid, "k0wcgw4")).StatusCode);
        Assert.Equal(new[] { "POST", "GET" }, fixture.Handler.Seen.Select(s => s.Method));
    }

    [Fact]
    public async Task A_second_405_is_an_error_and_other_POSTs_do_not_fall_back()
    {
        var legacy = new PipelineFixture(FakeHandler.Sequence(Status(405)));
        Assert.Equal("CoolifyMethodNotAllowed", (await legacy.Fails(OperationIds.StartServiceByUuid, "k0wcgw4")).ErrorId);
        Assert.Equal(2, legacy.Handler.Seen.Count);
        var create = new PipelineFixture(FakeHandler.Sequence(Status(405)));
        await create.Fails(OperationIds.CreateService);
        Assert.Single(create.Handler.Seen);
    }

    [Fact]
    public async Task A_redirect_is_reported_not_followed_so_the_token_never_leaves()
    {
        var fixture = new PipelineFixture(FakeHandler.Sequence(() => FakeHandler.Answer(302, "", edit: r => r.Headers.Location = new Uri("https://sso.example.net/login"))));
        var error = await fixture.Fails(OperationIds.ListServices);
        Assert.Equal("CoolifyRedirected", error.ErrorId);
        Assert.Contains("sso.example.net", error.Message);
        Assert.Single(fixture.Handler.Seen);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_with_its_own_ErrorId()
    {
        var fixture = new PipelineFixture(FakeHandler.Hanging(), TimeSpan.FromMilliseconds(200));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var error = await fixture.Fails(OperationIds.StartServiceByUuid, "k0wcgw4");
        Assert.Equal("CoolifyTimeout", error.ErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.OperationTimeout, error.Category);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancelling_the_caller_s_token_stops_a_waiting_request_at_once()
    {
        var fixture = new PipelineFixture(FakeHandler.Hanging());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            fixture.Pipeline.SendAsync(new ApiRequest(ApiOperations.Get(OperationIds.ListServices)), fixture.Log, cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2));
    }
}
