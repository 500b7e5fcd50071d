using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>The /_sim control API the tests use: reset, settings, faults, tokens and the request log.</summary>
internal static class ControlRoutes
{
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    internal static void Map(WebApplication app)
    {
        app.MapPost("/_sim/reset", (SimState s) => { s.Reset(); return Results.Ok(new { message = "reset" }); });
        app.MapGet("/_sim/settings", (SimState s) => { lock (s.Gate) return Results.Json(s.Settings, Snake); });
        app.MapPost("/_sim/settings", async (HttpContext c, SimState s) =>
        {
            var changes = (await JsonNode.ParseAsync(c.Request.Body))!.AsObject();
            lock (s.Gate)
            {
                var merged = JsonSerializer.SerializeToNode(s.Settings, Snake)!.AsObject();
                foreach (var field in changes) merged[field.Key] = field.Value?.DeepClone();
                var next = merged.Deserialize<SimSettings>(Snake)!;
                s.Settings = next;
                return Results.Json(next, Snake);
            }
        });
        app.MapPost("/_sim/faults", async (HttpContext c, SimState s) =>
        {
            var fault = (await JsonSerializer.DeserializeAsync<Fault>(c.Request.Body, Snake))!;
            lock (s.Gate) s.Faults.Add(fault);
            return Results.Ok(new { message = "fault added" });
        });
        app.MapDelete("/_sim/faults", (SimState s) => { lock (s.Gate) s.Faults.Clear(); return Results.Ok(); });
        app.MapPost("/_sim/tokens", async (HttpContext c, SimState s) =>
        {
            var body = (await JsonNode.ParseAsync(c.Request.Body))!;
            lock (s.Gate) s.Tokens[(string)body["token"]!] = body["abilities"]!.AsArray().Select(a => (string)a!).ToArray();
            return Results.Ok();
        });
        app.MapGet("/_sim/requests", (SimState s) => { lock (s.Gate) return Results.Json(s.Requests.ToArray(), Snake); });
        app.MapGet("/_sim/requests/count", (string? method, SimState s) =>
        {
            lock (s.Gate) return Results.Json(new { count = s.Requests.Count(r => method == null || r.Method == method) });
        });
        app.MapDelete("/_sim/requests", (SimState s) => { lock (s.Gate) s.Requests.Clear(); return Results.Ok(); });
        app.MapGet("/_sim/stats", (SimState s) =>
        {
            lock (s.Gate) return Results.Json(new { requests = s.Requests.Count, rate_limit_passed = s.RateLimitPassed, rate_limited = s.RateLimitRefused });
        });
        app.MapDelete("/_sim/stats", (SimState s) =>
        {
            // The counters and the rate limiter's windows start again: the next request opens a new window.
            lock (s.Gate) { s.RateLimitPassed = 0; s.RateLimitRefused = 0; s.Hits.Clear(); }
            return Results.Ok();
        });
        app.MapGet("/_sim/effects", (SimState s) => { lock (s.Gate) return Results.Text(s.Effects.ToJsonString(), "application/json"); });
        app.MapDelete("/_sim/effects", (SimState s) => { lock (s.Gate) s.Effects.Clear(); return Results.Ok(); });
        app.MapPost("/_sim/seed", async (HttpContext c, SimState s) =>
        {
            var body = (await JsonNode.ParseAsync(c.Request.Body))!.AsObject();
            var (applications, services) = s.SeedBench((int?)body["applications"] ?? 0, (int?)body["services"] ?? 0, (string?)body["service_status"] ?? "exited");
            return Results.Ok(new { applications, services });
        });
    }
}
