using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>Version, and the servers and projects tests need to create resources.</summary>
internal static class MiscRoutes
{
    internal static void Map(WebApplication app)
    {
        app.MapGet("/api/v1/version", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate) return Respond.Text(c, 200, s.Settings.Version);
        });
        app.MapGet("/api/v1/servers", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate) return Respond.Json(c, 200, s.Servers.DeepClone());
        });
        app.MapGet("/api/v1/projects", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate) return Respond.Json(c, 200, s.Projects.DeepClone());
        });
        // As ServersController.php:151-176: any non-empty resources value but "0" adds what runs on the server (PHP truthiness, so even "false").
        app.MapGet("/api/v1/servers/{uuid}", (string uuid, HttpContext c, SimState s) => ServerRead(c, s, uuid, server =>
        {
            var copy = server.DeepClone().AsObject();
            if (c.Request.Query["resources"].FirstOrDefault() is { Length: > 0 } on && on != "0") copy["resources"] = ServerResources(s, server);
            return copy;
        }));
        app.MapGet("/api/v1/servers/{uuid}/resources", (string uuid, HttpContext c, SimState s) => ServerRead(c, s, uuid, server => ServerResources(s, server)));
        // As ServersController.php:309-317: with uuid=, the FQDNs of that application of the team (on any server), a flat list of URL strings.
        app.MapGet("/api/v1/servers/{uuid}/domains", (string uuid, HttpContext c, SimState s) =>
            c.Request.Query["uuid"].FirstOrDefault() is { Length: > 0 } application
                ? ApplicationDomains(c, s, uuid, application)
                : ServerRead(c, s, uuid, server => new JsonArray(new JsonObject
                {
                    // As ServersController.php:318-416: the applications on the server and the service applications
                    // (the seeded services all run on localhost), each URL cut down to its host.
                    ["ip"] = server["ip"]!.DeepClone(),
                    ["domains"] = new JsonArray(s.Applications.Where(a => (string?)a["_server_uuid"] == uuid)
                        .Concat(uuid == "srv0localhost0000000000a" ? s.Services.SelectMany(x => x["applications"]!.AsArray()).OfType<JsonObject>() : [])
                        .SelectMany(a => ((string?)a["fqdn"] ?? "").Split(',')).Select(Host).Where(h => h.Length > 0)
                        .Select(h => (JsonNode)JsonValue.Create(h)!).ToArray()),
                })));
        foreach (var (path, message) in new[] { ("enable", "API enabled."), ("disable", "API disabled."), ("mcp/enable", "MCP server enabled."), ("mcp/disable", "MCP server disabled.") })
        {
            app.MapPost("/api/v1/" + path, (HttpContext c, SimState s) =>
            {
                if (Respond.Denied(c, "write")) return Task.CompletedTask;
                if (!path.StartsWith("mcp", StringComparison.Ordinal))
                {
                    lock (s.Gate) s.Settings.ApiEnabled = path == "enable";
                }

                return Respond.Message(c, 200, message);
            });
            app.MapGet("/api/v1/" + path, (HttpContext c) =>
            {
                c.Response.Headers.Allow = "POST";
                return Respond.Message(c, 405, "This endpoint has changed to a POST request.");
            });
        }

        app.MapGet("/api/v1/team", (HttpContext c) => Team(c, 0, members: false));
        app.MapGet("/api/v1/team/members", (HttpContext c) => Team(c, 0, members: true));
        app.MapGet("/api/v1/teams", (HttpContext c) => Respond.Denied(c, "read") ? Task.CompletedTask : Respond.Json(c, 200, new JsonArray(TeamJson())));
        app.MapGet("/api/v1/teams/{id}", (string id, HttpContext c) => Team(c, id, members: false));
        app.MapGet("/api/v1/teams/{id}/members", (string id, HttpContext c) => Team(c, id, members: true));
        app.MapGet("/api/v1/resources", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate) return Respond.Json(c, 200, Resources(s));
        });
    }

    private static JsonArray Resources(SimState s) => new(s.Services.Select(x => (JsonNode)new JsonObject
    {
        ["uuid"] = x["uuid"]!.DeepClone(), ["name"] = x["name"]!.DeepClone(), ["type"] = "service", ["status"] = x["status"]!.DeepClone(),
    }).ToArray());

    // The seeded services all run on localhost; the simulated resource lists know only services.
    private static JsonArray ServerResources(SimState s, JsonObject server) =>
        (string?)server["uuid"] == "srv0localhost0000000000a" ? Resources(s) : new JsonArray();

    // As ServersController.php:309-317: with uuid=, the FQDNs of that application of the team (on any server), a flat list of the URLs as stored.
    private static Task ApplicationDomains(HttpContext c, SimState s, string uuid, string application)
    {
        if (Respond.Denied(c, "read")) return Task.CompletedTask;
        lock (s.Gate)
        {
            if (!s.Servers.OfType<JsonObject>().Any(x => (string?)x["uuid"] == uuid)) return Respond.Message(c, 404, "Server not found.");
            if (s.FindApplication(application) is not { } found) return Respond.Message(c, 404, "Application not found.");
            string[] fqdns = (string?)found["fqdn"] is { } fqdn ? fqdn.Split(',') : [];
            return Respond.Json(c, 200, new JsonArray(fqdns.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray()));
        }
    }

    private static string Host(string url) => url.Replace("http://", "").Replace("https://", "").Split('/')[0].Split(':')[0];

    private static Task ServerRead(HttpContext c, SimState s, string uuid, Func<JsonObject, JsonNode> produce)
    {
        if (Respond.Denied(c, "read")) return Task.CompletedTask;
        lock (s.Gate)
        {
            var server = s.Servers.OfType<JsonObject>().FirstOrDefault(x => (string?)x["uuid"] == uuid);
            return server == null ? Respond.Message(c, 404, "Server not found.") : Respond.Json(c, 200, produce(server));
        }
    }

    // The token's team is team 0, the root team of a self-hosted instance; no other team is visible.
    private static Task Team(HttpContext c, object id, bool members)
    {
        if (Respond.Denied(c, "read")) return Task.CompletedTask;
        if (id.ToString() != "0") return Respond.Message(c, 404, "Team not found.");
        var team = TeamJson();
        return Respond.Json(c, 200, members ? team["members"]!.DeepClone() : team);
    }

    private static JsonObject TeamJson() => new()
    {
        ["id"] = 0, ["name"] = "Root Team", ["description"] = "The root team", ["personal_team"] = false, ["created_at"] = SimState.Stamp,
        ["members"] = new JsonArray(
            new JsonObject { ["id"] = 0, ["name"] = "Root User", ["email"] = "root@example.com" },
            new JsonObject { ["id"] = 1, ["name"] = "Dev", ["email"] = "dev@example.com" }),
    };
}
