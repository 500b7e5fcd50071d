using Coolify.Http;

namespace Coolify.Tests;

public class RedactionAndRequestTests
{
    private const string Secret = "fixturesecrettoken000000000000000000000000000";

    [Fact]
    public async Task Requests_carry_bearer_token_json_accept_and_escaped_ids_under_api_v1()
    {
        var fixture = new PipelineFixture(FakeHandler.Always(200, "{}"));
        var request = new ApiRequest(ApiOperations.Get(OperationIds.UpdateServiceByUuid), "k0wcgw4").WithBody(new JsonBody().Add("name", "x"));
        await fixture.Pipeline.SendAsync(request, fixture.Log, CancellationToken.None);
        var seen = Assert.Single(fixture.Handler.Seen);
        Assert.Equal("PATCH", seen.Method);
        Assert.Equal("https://coolify.example.com/api/v1/services/k0wcgw4", seen.Uri);
        Assert.Equal("Bearer " + PipelineFixture.Token, seen.Authorization);
        // JSON first (Laravel then answers errors as JSON); text and HTML after it for /version and /health.
        Assert.Equal("application/json,text/plain; q=0.2,text/html; q=0.1", seen.Accept);
        Assert.StartsWith("application/json", seen.ContentType);
        Assert.Equal("{\"name\":\"x\"}", seen.Body);
    }

    [Fact]
    public void Path_values_are_escaped_and_queries_encoded()
    {
        var request = new ApiRequest(ApiOperations.Get(OperationIds.GetServiceLogsByUuid), "a/b?c").AddQuery("sub_service_name", "web app").AddQuery("lines", 5);
        Assert.Equal("/services/a%2Fb%3Fc/logs?sub_service_name=web%20app&lines=5", request.PathAndQuery());
    }

    [Fact]
    public async Task No_log_message_contains_the_token_even_with_debug_on_and_the_token_in_bodies()
    {
        Redactor.Register(PipelineFixture.Token);
        var fixture = new PipelineFixture(FakeHandler.Always(422, "{\"message\":\"bad " + PipelineFixture.Token + "\",\"errors\":{\"token\":[\"" + Secret + "\"]}}"));
        var request = new ApiRequest(ApiOperations.Get(OperationIds.CreateEnvByServiceUuid), "k0wcgw4")
            .WithBody(new JsonBody().Add("key", "T").Add("value", Secret).Add("comment", "the token is " + PipelineFixture.Token));
        var error = await Assert.ThrowsAsync<CoolifyException>(() => fixture.Pipeline.SendAsync(request, fixture.Log, CancellationToken.None));
        var messages = fixture.Messages();
        Assert.NotEmpty(messages);
        Assert.Contains(messages, m => m.Contains("body:", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain(Secret, m, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, Redactor.Scrub(error.Message), StringComparison.Ordinal);
    }

    [Fact]
    public void Debug_dumps_mask_secret_fields_and_keep_the_rest()
    {
        byte[] body = System.Text.Encoding.UTF8.GetBytes("{\"key\":\"DB\",\"value\":\"hunter2\",\"postgres_password\":\"pw\",\"private_key\":\"-----BEGIN\",\"name\":\"web\",\"nested\":{\"secret\":\"s\"}}");
        string dump = Redactor.JsonForDebug(body);
        Assert.Contains("\"key\":\"DB\"", dump);
        Assert.Contains("\"name\":\"web\"", dump);
        Assert.DoesNotContain("hunter2", dump);
        Assert.DoesNotContain("\"pw\"", dump);
        Assert.DoesNotContain("BEGIN", dump);
        Assert.DoesNotContain("\"s\"", dump);
    }

    [Fact]
    public void Short_strings_are_not_registered_as_secrets_so_output_stays_readable()
    {
        Redactor.Register("x|y");
        Assert.Equal("Coolify: yes", Redactor.Scrub("Coolify: yes"));
    }
}
