using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>
/// An application's own site, for URL checks: GET /_sim/site/{uuid}[/…] answers as the application's containers
/// would behind Coolify's proxy. While a deployment is queued or in progress the old container answers 200
/// (container "old"); for site_unready_ms (or the application's unready_ms) after a deployment finished the new
/// one answers 503 (starting), then 200 (container "new"); an application that is not running answers 502.
/// POST /_sim/sites/{uuid} points the application's fqdn here and can fix its answer (status) or make it answer 503
/// from now on for unready_ms; every site request is
/// logged at GET /_sim/site-requests, with whether an Authorization header came and the header names.
/// </summary>
internal static class SiteRoutes
{
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    internal static void Map(WebApplication app)
    {
        app.MapPost("/_sim/sites/{uuid}", async (string uuid, HttpContext c, SimState s) =>
        {
            var body = c.Request.ContentLength > 0 ? (await JsonNode.ParseAsync(c.Request.Body))?.AsObject() ?? new JsonObject() : new JsonObject();
            string url = $"{c.Request.Scheme}://{c.Request.Host}/_sim/site/{uuid}";
            lock (s.Gate)
            {
                var application = s.FindApplication(uuid);
                if (application == null) return Results.NotFound(new { message = "Application not found." });
                application["_site"] = body.DeepClone();
                if (body["unready_ms"] != null) application["_finished_ms"] = Environment.TickCount64;
                if (body["set_fqdn"]?.GetValue<bool>() != false) application["fqdn"] = url;
                return Results.Ok(new { url, fqdn = (string?)application["fqdn"] });
            }
        });
        app.MapGet("/_sim/site-requests", (SimState s) => { lock (s.Gate) return Results.Json(s.SiteRequests.ToArray(), Snake); });
        app.MapDelete("/_sim/site-requests", (SimState s) => { lock (s.Gate) s.SiteRequests.Clear(); return Results.Ok(); });
        app.MapMethods("/_sim/site/{uuid}/{**rest}", ["GET", "HEAD"], (string uuid, string? rest, HttpContext c, SimState s) => Serve(uuid, c, s));
    }

    private static IResult Serve(string uuid, HttpContext c, SimState s)
    {
        lock (s.Gate)
        {
            var application = s.FindApplication(uuid);
            var (status, container) = application == null ? (404, "none") : Answer(s, application);
            s.SiteRequests.Add(new SiteRequest(uuid, c.Request.Method, c.Request.Path.Value ?? "", c.Request.Headers.Authorization.Count > 0,
                c.Request.Headers.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).ToArray(), status, container, DateTime.UtcNow.ToString("O")));
            var site = application?["_site"] as JsonObject;
            if (status is >= 300 and < 400) c.Response.Headers.Location = (string?)site?["location"] ?? "/";
            return Results.Text(container == "old" ? "old container" : status == 200 ? "ok" : "not ready", "text/plain", statusCode: status);
        }
    }

    /// <summary>The status the application's containers give now, and which container gave it.</summary>
    private static (int Status, string Container) Answer(SimState s, JsonObject application)
    {
        var site = application["_site"] as JsonObject;
        if (site?["status"] is { } fixedStatus) return (fixedStatus.GetValue<int>(), "new");
        bool deploying = s.Deployments.Any(d => DeploymentEngine.Active(d) && (string?)d["_app_uuid"] == (string?)application["uuid"]);
        bool running = ((string?)application["status"] ?? "").StartsWith("running", StringComparison.Ordinal);
        if (deploying) return running ? (200, "old") : (502, "none");
        if (!running) return (502, "none");
        int unready = (int?)site?["unready_ms"] ?? s.Settings.SiteUnreadyMs;
        if (application["_finished_ms"] is { } finished && Environment.TickCount64 - finished.GetValue<long>() < unready) return (503, "new");
        return (200, "new");
    }
}

/// <summary>One request to an application's site: never a header's value, only whether Authorization came and the names.</summary>
internal sealed record SiteRequest(string Uuid, string Method, string Path, bool HasAuthorization, string[] HeaderNames, int Status, string Container, string At);
