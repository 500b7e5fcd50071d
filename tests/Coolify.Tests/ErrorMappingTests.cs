using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Tests;

public class ErrorMappingTests
{
    [Theory]
    [InlineData(401, "{\"message\":\"Unauthenticated.\"}", "CoolifyUnauthenticated", ErrorCategory.AuthenticationError)]
    [InlineData(401, "{\"message\":\"Invalid token.\"}", "CoolifyInvalidToken", ErrorCategory.AuthenticationError)]
    [InlineData(400, "{\"message\":\"Invalid token.\",\"docs\":\"https://coolify.io/docs/api-reference/authorization\"}", "CoolifyInvalidToken", ErrorCategory.AuthenticationError)]
    [InlineData(403, "{\"message\":\"Missing required permissions: write\"}", "CoolifyPermissionDenied", ErrorCategory.PermissionDenied)]
    [InlineData(403, "{\"success\":true,\"message\":\"API is disabled.\"}", "CoolifyApiDisabled", ErrorCategory.NotEnabled)]
    [InlineData(403, "{\"success\":true,\"message\":\"You are not allowed to access the API.\"}", "CoolifyIpNotAllowed", ErrorCategory.SecurityError)]
    [InlineData(403, "{\"message\":\"Missing required team role.\"}", "CoolifyPermissionDenied", ErrorCategory.PermissionDenied)]
    [InlineData(404, "{\"message\":\"Service not found.\"}", "CoolifyResourceNotFound", ErrorCategory.ObjectNotFound)]
    [InlineData(404, "{\"message\":\"Not found.\",\"docs\":\"https://coolify.io/docs\"}", "CoolifyRouteNotFound", ErrorCategory.NotImplemented)]
    [InlineData(400, "{\"message\":\"Service is already running.\"}", "CoolifyBadRequest", ErrorCategory.InvalidOperation)]
    [InlineData(409, "{\"message\":\"Tag with this name already exists.\"}", "CoolifyConflict", ErrorCategory.ResourceExists)]
    [InlineData(500, "{\"message\":\"Failed to cancel deployment: boom\"}", "CoolifyServerError", ErrorCategory.InvalidResult)]
    [InlineData(501, "{\"message\":\"This operation is not supported for Swarm servers yet.\"}", "CoolifyNotSupported", ErrorCategory.NotImplemented)]
    public async Task Each_Coolify_error_body_gets_its_own_ErrorId_and_category(int status, string body, string errorId, ErrorCategory category)
    {
        var fixture = new PipelineFixture(FakeHandler.Always(status, body));
        var error = await fixture.Fails(OperationIds.StopServiceByUuid, "k0wcgw4");
        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal(category, error.Category);
        Assert.Equal(status, error.StatusCode);
        Assert.Single(fixture.Handler.Seen);
    }

    [Fact]
    public async Task Permission_errors_quote_Coolify_and_name_the_missing_ability()
    {
        var error = await new PipelineFixture(FakeHandler.Always(403, "{\"message\":\"Missing required permissions: deploy\"}")).Fails(OperationIds.StartServiceByUuid, "k0wcgw4");
        Assert.Contains("Missing required permissions: deploy", error.Message);
        Assert.Contains("'deploy'", error.RecommendedAction);
        Assert.True(error.StopsPipeline);
    }

    [Fact]
    public async Task Not_found_names_the_id_and_lets_the_pipeline_go_on()
    {
        var error = await new PipelineFixture(FakeHandler.Always(404, "{\"message\":\"Service not found.\"}")).Fails(OperationIds.GetServiceByUuid, "abc1234");
        Assert.Contains("abc1234", error.Message);
        Assert.False(error.StopsPipeline);
    }

    [Fact]
    public async Task Validation_errors_list_every_field_whether_Coolify_sent_arrays_or_plain_strings()
    {
        const string body = "{\"message\":\"Validation failed.\",\"errors\":{\"name\":[\"The name field is required.\"],\"docker_compose_raw\":\"The docker_compose_raw should be base64 encoded.\"}}";
        var error = await new PipelineFixture(FakeHandler.Always(422, body)).Fails(OperationIds.CreateService);
        Assert.Equal("CoolifyValidationFailed", error.ErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.Category);
        Assert.Contains("name: The name field is required.", error.Message);
        Assert.Contains("docker_compose_raw: The docker_compose_raw should be base64 encoded.", error.Message);
        Assert.Equal(2, error.FieldErrors.Count);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>", "text/html", "HTML")]
    [InlineData("", "application/json", "empty body")]
    [InlineData("{\"message\":\"trunc", "application/json", "not Coolify's JSON")]
    public async Task Proxy_pages_empty_and_truncated_bodies_are_described_not_parsed(string body, string type, string expected)
    {
        var fixture = new PipelineFixture(FakeHandler.Always(502, body, type));
        var error = await fixture.Fails(OperationIds.StartServiceByUuid, "k0wcgw4");
        Assert.Equal("CoolifyServerUnavailable", error.ErrorId);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task A_success_body_that_is_not_JSON_is_an_unexpected_response()
    {
        var fixture = new PipelineFixture(FakeHandler.Always(200, "<html>login</html>", "text/html"));
        var request = new ApiRequest(ApiOperations.Get(OperationIds.ListServices));
        var response = await fixture.Pipeline.SendAsync(request, fixture.Log, CancellationToken.None);
        var error = Assert.Throws<CoolifyException>(() => response.ParseJson(request));
        Assert.Equal("CoolifyUnexpectedResponse", error.ErrorId);
    }
}
