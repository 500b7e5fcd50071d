using System.Text;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>The Services operations: list, get, create, update, delete, start/stop/restart, move, migrate, clone.</summary>
internal static class ServiceRoutes
{
    internal static readonly string[] Secret = ["docker_compose_raw", "docker_compose"];
    // The server's allow-lists, from the rules the module is generated from.
    private static readonly string[] CreateFields = [.. Coolify.Http.ServerRules.For("create-service")!.Fields];
    private static readonly string[] UpdateFields = [.. Coolify.Http.ServerRules.For("update-service-by-uuid")!.Fields];

    internal static void Map(WebApplication app)
    {
        app.MapGet("/api/v1/services", (HttpContext c, SimState s) => Read(c, s, () =>
            new JsonArray(s.Services.Select(x => (JsonNode)Summary(x, Respond.Sensitive(c))).ToArray())));
        app.MapGet("/api/v1/services/{uuid}", (string uuid, HttpContext c, SimState s) => Read(c, s, () =>
            s.FindService(uuid) is { } x ? Respond.Public(x, Respond.Sensitive(c), Secret) : null));
        app.MapPost("/api/v1/services", Create);
        app.MapMethods("/api/v1/services/{uuid}", ["PATCH"], Update);
        app.MapDelete("/api/v1/services/{uuid}", (string uuid, HttpContext c, SimState s) => Write(c, s, uuid, "write", x =>
        {
            s.Services.Remove(x);
            Resource.Applied(c, s, "delete", "service", uuid, Resource.DeleteFlags);
            return (200, new JsonObject { ["message"] = "Service deletion request queued." });
        }));
        foreach (var action in new[] { "start", "stop", "restart" })
        {
            app.MapPost("/api/v1/services/{uuid}/" + action, (string uuid, HttpContext c, SimState s) => Action(c, s, uuid, action, legacy: false));
            app.MapGet("/api/v1/services/{uuid}/" + action, (string uuid, HttpContext c, SimState s) => Action(c, s, uuid, action, legacy: true));
        }

        app.MapPost("/api/v1/services/{uuid}/move", (string uuid, HttpContext c, SimState s) => WithBody(c, s, uuid, ["environment_uuid"], ["environment_uuid"], (x, b) =>
            (200, new JsonObject { ["message"] = "Service moved.", ["uuid"] = uuid })));
        app.MapPost("/api/v1/services/{uuid}/migrate", (string uuid, HttpContext c, SimState s) => Resource.Migrate(c, s, ResourceKind.Service, "service", uuid));
        app.MapPost("/api/v1/services/{uuid}/clone", (string uuid, HttpContext c, SimState s) => WithBody(c, s, uuid, ["destination_uuid", "name", "clone_volumes"], ["destination_uuid"], (x, b) =>
        {
            var copy = s.NewService((string?)b["name"] ?? (string)x["name"]! + "-clone", (string)x["service_type"]!, (string?)x["docker_compose_raw"]);
            return (201, new JsonObject { ["uuid"] = copy["uuid"]!.GetValue<string>(), ["message"] = "Service cloned." });
        }));
        ServiceSubRoutes.Map(app);
    }

    private static JsonObject Summary(JsonObject service, bool sensitive)
    {
        var copy = Respond.Public(service, sensitive, Secret);
        copy.Remove("applications");
        copy.Remove("databases");
        return copy;
    }

    /// <summary>A read route: needs read; the producer returns null for "Service not found.".</summary>
    internal static Task Read(HttpContext c, SimState s, Func<JsonNode?> produce)
    {
        if (Respond.Denied(c, "read")) return Task.CompletedTask;
        JsonNode? result;
        lock (s.Gate) result = produce();
        return result == null ? Respond.Message(c, 404, "Service not found.") : Respond.Json(c, 200, result);
    }

    /// <summary>A change to one service: ability check, 404, then the change under the lock.</summary>
    internal static Task Write(HttpContext c, SimState s, string uuid, string ability, Func<JsonObject, (int, JsonNode)> change)
    {
        if (Respond.Denied(c, ability)) return Task.CompletedTask;
        (int status, JsonNode body) result;
        lock (s.Gate)
        {
            if (s.FindService(uuid) is not { } service) return Respond.Message(c, 404, "Service not found.");
            result = change(service);
        }

        return Respond.Json(c, result.status, result.body);
    }

    internal static async Task WithBody(HttpContext c, SimState s, string uuid, string[] allowed, string[] required, Func<JsonObject, JsonObject, (int, JsonNode)> change)
    {
        if (Respond.Denied(c, "write")) return;
        lock (s.Gate)
        {
            if (s.FindService(uuid) == null)
            {
                Respond.Message(c, 404, "Service not found.").GetAwaiter().GetResult();
                return;
            }
        }

        if (await Respond.Body(c, allowed, required) is not { } body) return;
        await Write(c, s, uuid, "write", x => change(x, body));
    }

    private static async Task Create(HttpContext c, SimState s)
    {
        if (Respond.Denied(c, "write")) return;
        if (await Respond.Body(c, CreateFields, "server_uuid", "project_uuid") is not { } body) return;
        if (body["environment_name"] is null && body["environment_uuid"] is null)
        {
            await Respond.Message(c, 422, "You need to provide at least one of environment_name or environment_uuid.");
            return;
        }

        string? compose = null;
        if (body["docker_compose_raw"] is { } raw)
        {
            try
            {
                compose = Encoding.UTF8.GetString(Convert.FromBase64String((string)raw!));
            }
            catch (FormatException)
            {
                await Respond.Json(c, 422, new JsonObject { ["message"] = "Validation failed.", ["errors"] = new JsonObject { ["docker_compose_raw"] = "The docker_compose_raw should be base64 encoded." } });
                return;
            }
        }

        if (compose == null && body["type"] is null)
        {
            await Respond.Json(c, 422, new JsonObject { ["message"] = "Validation failed.", ["errors"] = new JsonObject { ["type"] = new JsonArray("The type field is required when docker compose raw is not present.") } });
            return;
        }

        JsonObject created;
        lock (s.Gate)
        {
            if (!s.Servers.Any(x => (string?)x!["uuid"] == (string?)body["server_uuid"]))
            {
                Respond.Message(c, 404, "Server not found.").GetAwaiter().GetResult();
                return;
            }

            if (!s.Projects.Any(x => (string?)x!["uuid"] == (string?)body["project_uuid"]))
            {
                Respond.Message(c, 404, "Project not found.").GetAwaiter().GetResult();
                return;
            }

            string type = (string?)body["type"] ?? "docker-compose";
            created = s.NewService((string?)body["name"] ?? type, type, compose);
            if (body["description"] is { } d) created["description"] = d.DeepClone();
        }

        await Respond.Json(c, 201, new JsonObject { ["uuid"] = created["uuid"]!.GetValue<string>(), ["domains"] = new JsonArray() });
    }

    private static async Task Update(string uuid, HttpContext c, SimState s)
    {
        await WithBody(c, s, uuid, UpdateFields, [], (x, b) =>
        {
            foreach (var field in b.Where(f => f.Key is "name" or "description" or "connect_to_docker_network" or "is_container_label_escape_enabled"))
                x[field.Key] = field.Value?.DeepClone();
            if (b["docker_compose_raw"] is { } raw) x["docker_compose_raw"] = Encoding.UTF8.GetString(Convert.FromBase64String((string)raw!));
            return (200, new JsonObject { ["uuid"] = uuid, ["domains"] = new JsonArray() });
        });
    }

    private static Task Action(HttpContext c, SimState s, string uuid, string action, bool legacy)
    {
        bool legacyServer;
        lock (s.Gate) legacyServer = s.Settings.LegacyGetActions;
        if (legacy != legacyServer)
        {
            if (!legacy) return Respond.Message(c, 405, "Method Not Allowed");
            c.Response.Headers.Allow = "POST";
            return Respond.Message(c, 405, "This endpoint has changed to a POST request.");
        }

        int delay;
        lock (s.Gate) delay = s.Settings.StatusDelayMs;
        return Write(c, s, uuid, "deploy", x =>
        {
            string status = (string?)x["status"] ?? "";
            if (action == "start" && status.Contains("running")) return (400, new JsonObject { ["message"] = "Service is already running." });
            if (action == "stop" && (status.Contains("exited") || status.Contains("stopped"))) return (400, new JsonObject { ["message"] = "Service is already stopped." });
            string final = action == "stop" ? "exited" : "running:healthy";
            if (delay <= 0)
            {
                x["status"] = final;
            }
            else
            {
                x["status"] = action == "stop" ? "stopping" : "starting";
                _ = Task.Delay(delay).ContinueWith(_ => { lock (s.Gate) x["status"] = final; }, TaskScheduler.Default);
            }

            if (action == "stop") Resource.Applied(c, s, "stop", "service", uuid, "docker_cleanup");
            string verb = action switch { "start" => "starting", "stop" => "stopping", _ => "restarting" };
            return (200, new JsonObject { ["message"] = "Service " + verb + " request queued." });
        });
    }
}
