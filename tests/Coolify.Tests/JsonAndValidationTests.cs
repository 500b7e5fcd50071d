using System.Management.Automation;
using System.Text;
using System.Text.Json;
using Coolify.Cmdlets;
using Coolify.Connection;
using Coolify.Http;
using Coolify.Json;

namespace Coolify.Tests;

public class JsonAndValidationTests
{
    [Fact]
    public void JsonBody_leaves_out_nulls_and_writes_values_by_type()
    {
        var body = new JsonBody().Add("name", "web").Add("description", null).Add("instant_deploy", (bool?)null).Add("port", 8080)
            .Add("enabled", true).Add("tags", new[] { "a", "b" }).Add("urls", new[] { new JsonBody().Add("name", "app").Add("url", "https://x") });
        Assert.Equal("{\"name\":\"web\",\"port\":8080,\"enabled\":true,\"tags\":[\"a\",\"b\"],\"urls\":[{\"name\":\"app\",\"url\":\"https://x\"}]}", Encoding.UTF8.GetString(body.ToUtf8()));
    }

    [Fact]
    public void JsonMapper_maps_snake_case_nested_arrays_dates_and_loose_types_and_keeps_unknown_fields()
    {
        const string json = "{\"uuid\":\"k0wcgw4\",\"name\":\"n8n\",\"status\":\"running:healthy\",\"server_id\":\"3\",\"server_status\":1," +
            "\"created_at\":\"2026-01-02T03:04:05.000000Z\",\"applications\":[{\"uuid\":\"a1\",\"name\":\"n8n\",\"human_name\":\"N8n\"}]," +
            "\"brand_new_field\":{\"some_value\":5},\"connect_to_docker_network\":\"yes?\"}";
        using var doc = JsonDocument.Parse(json);
        var service = JsonMapper.Map<CoolifyService>(doc.RootElement);
        Assert.Equal("k0wcgw4", service.Uuid);
        Assert.Equal("k0wcgw4", service.ServiceUuid);
        Assert.Equal(3, service.ServerId);
        Assert.True(service.ServerStatus);
        Assert.Null(service.ConnectToDockerNetwork);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), service.CreatedAt);
        Assert.Equal("N8n", Assert.Single(service.Applications).HumanName);
        var pso = Assert.IsType<PSObject>(service.ToPipelineObject());
        var extra = Assert.IsType<PSObject>(pso.Properties["BrandNewField"].Value);
        Assert.Equal(5L, extra.Properties["SomeValue"].Value);
    }

    [Theory]
    [InlineData("\"2026-01-02T03:04:05.000000Z\"", "2026-01-02T03:04:05Z")]
    [InlineData("\"2026-01-02T03:04:05Z\"", "2026-01-02T03:04:05Z")]
    [InlineData("\"2026-01-02 03:04:05\"", "2026-01-02T03:04:05Z")]
    [InlineData("\"2026-01-02T05:04:05+02:00\"", "2026-01-02T03:04:05Z")]
    [InlineData("\"2026-01-02T03:04:05\"", "2026-01-02T03:04:05Z")]
    [InlineData("\"not a date\"", null)]
    [InlineData("12", null)]
    public void JsonMapper_reads_every_date_form_as_utc(string value, string? expected)
    {
        using var doc = JsonDocument.Parse("{\"created_at\":" + value + "}");
        var service = JsonMapper.Map<CoolifyService>(doc.RootElement);
        if (expected == null)
        {
            Assert.Null(service.CreatedAt);
            return;
        }

        Assert.Equal(DateTimeKind.Utc, service.CreatedAt!.Value.Kind);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), service.CreatedAt.Value);
    }

    [Theory]
    [InlineData("22", 22L)]
    [InlineData("\"22\"", 22L)]
    [InlineData("22.5", null)]
    [InlineData("\"port\"", null)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void JsonMapper_reads_numbers_sent_as_numbers_or_text(string value, long? expected)
    {
        using var doc = JsonDocument.Parse("{\"port\":" + value + "}");
        Assert.Equal(expected, JsonMapper.Map<CoolifyServer>(doc.RootElement).Port);
    }

    [Fact]
    public void JsonMapper_tolerates_missing_fields_and_non_object_values()
    {
        using var doc = JsonDocument.Parse("[{}, 42, {\"uuid\": null, \"applications\": \"oops\"}]");
        var services = JsonMapper.MapArray<CoolifyService>(doc.RootElement);
        Assert.Equal(3, services.Length);
        Assert.Null(services[2].Uuid);
        Assert.Empty(services[2].Applications);
    }

    [Theory]
    [InlineData("k0wcgw4")]
    [InlineData("xk9q2m7a1b3c5d7e9f0g2h4j")]
    public void Real_ids_pass(string id) => Assert.Null(IdValidator.Check(id));

    [Theory]
    [InlineData("../x", "'.'")]
    [InlineData("a/b", "'/'")]
    [InlineData("%2F", "'%'")]
    [InlineData("a?b", "'?'")]
    [InlineData("a#b", "'#'")]
    [InlineData("a b", "white space")]
    [InlineData("a\nb", "control character")]
    [InlineData("ü12", "'ü'")]
    [InlineData("", "empty")]
    [InlineData(null, "empty")]
    [InlineData("@{Name=x}", "without a Uuid property")]
    public void Dangerous_ids_are_refused_with_the_reason(string? id, string reason)
    {
        string? problem = IdValidator.Check(id!);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_thousand_character_id_is_refused() => Assert.Contains("10000 characters", IdValidator.Check(new string('x', 10000)), StringComparison.Ordinal);

    [Theory]
    [InlineData("coolify.example.com", "https://coolify.example.com/")]
    [InlineData("https://coolify.example.com/api/v1/", "https://coolify.example.com/")]
    [InlineData("http://10.0.0.5:8000/api", "http://10.0.0.5:8000/")]
    [InlineData("https://example.com/coolify/", "https://example.com/coolify/")]
    public void Urls_are_normalised_to_the_instance_base(string input, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(input, out _)!.AbsoluteUri);

    [Theory]
    [InlineData("ftp://coolify.example.com")]
    [InlineData("https://user:pass@coolify.example.com")]
    [InlineData("   ")]
    public void Unusable_urls_are_refused_with_a_reason(string input)
    {
        Assert.Null(UrlNormalizer.Normalize(input, out string problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8000/", true)]
    [InlineData("http://[::1]:8000/", true)]
    [InlineData("http://localhost/", true)]
    [InlineData("http://coolify.lan/", false)]
    public void Loopback_is_recognised(string url, bool loopback) => Assert.Equal(loopback, UrlNormalizer.IsLoopback(new Uri(url)));

    [Fact]
    public void The_operation_table_has_unique_ids_valid_methods_and_all_27_Services_operations()
    {
        var all = ApiOperations.All;
        Assert.Equal(all.Count, all.Select(o => o.OperationId).Distinct().Count());
        Assert.All(all, o => Assert.Contains(o.Method, new[] { "GET", "POST", "PATCH", "PUT", "DELETE" }));
        Assert.Equal(27, all.Count(o => o.Tag == "Services"));
        Assert.All(all, o => Assert.StartsWith("/", o.PathTemplate, StringComparison.Ordinal));
    }
}
