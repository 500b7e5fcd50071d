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
        app.MapGet("/api/v1/servers/{uuid}", (string uuid, HttpContext c, SimState s) => ServerRead(c, s, uuid, server => server.DeepClone()));
        app.MapGet("/api/v1/servers/{uuid}/resources", (string uuid, HttpContext c, SimState s) => ServerRead(c, s, uuid, server =>
            (string?)server["uuid"] == "srv0localhost0000000000a" ? Resources(s) : new JsonArray()));
        app.MapGet("/api/v1/servers/{uuid}/domains", (string uuid, HttpContext c, SimState s) => ServerRead(c, s, uuid, server =>
            new JsonArray(new JsonObject
            {
                ["ip"] = server["ip"]!.DeepClone(),
                ["domains"] = new JsonArray(s.Services.SelectMany(x => x["applications"]!.AsArray()).Select(a => (JsonNode)JsonValue.Create((string)a!["fqdn"]!)!).ToArray()),
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
