using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>The Projects operations: projects and their environments.</summary>
internal static class ProjectRoutes
{
    private static readonly string[] Fields = ["name", "description"];

    internal static void Map(WebApplication app)
    {
        app.MapGet("/api/v1/projects/{uuid}", (string uuid, HttpContext c, SimState s) => Read(c, s, () => Find(s, uuid)?.DeepClone(), "Project not found."));
        app.MapPost("/api/v1/projects", async (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "write") || await Respond.Body(c, Fields, "name") is not { } body) return;
            var project = new JsonObject { ["uuid"] = Ids.New(), ["name"] = body["name"]!.DeepClone(), ["description"] = body["description"]?.DeepClone(), ["environments"] = new JsonArray() };
            lock (s.Gate) s.Projects.Add(project);
            await Respond.Json(c, 201, new JsonObject { ["uuid"] = project["uuid"]!.GetValue<string>() });
        });
        app.MapMethods("/api/v1/projects/{uuid}", ["PATCH"], (string uuid, HttpContext c, SimState s) => Change(c, s, uuid, null, (project, body) =>
        {
            foreach (var field in body) project[field.Key] = field.Value?.DeepClone();
            return (201, new JsonObject { ["uuid"] = uuid, ["name"] = project["name"]?.DeepClone(), ["description"] = project["description"]?.DeepClone() });
        }));
        app.MapDelete("/api/v1/projects/{uuid}", (string uuid, HttpContext c, SimState s) => Delete(c, s, uuid, null));

        app.MapGet("/api/v1/projects/{uuid}/environments", (string uuid, HttpContext c, SimState s) => Read(c, s, () => Find(s, uuid)?["environments"]!.DeepClone(), "Project not found."));
        app.MapGet("/api/v1/projects/{uuid}/{env}", (string uuid, string env, HttpContext c, SimState s) => Read(c, s, () =>
            Find(s, uuid) is { } p ? FindEnv(p, env)?.DeepClone() : null, "Environment not found."));
        app.MapPost("/api/v1/projects/{uuid}/environments", (string uuid, HttpContext c, SimState s) => Change(c, s, uuid, null, (project, body) =>
        {
            if (FindEnv(project, (string)body["name"]!) != null) return (409, new JsonObject { ["message"] = "Environment with this name already exists." });
            var environment = new JsonObject { ["uuid"] = Ids.New(), ["name"] = body["name"]!.DeepClone() };
            project["environments"]!.AsArray().Add(environment);
            return (201, new JsonObject { ["uuid"] = environment["uuid"]!.GetValue<string>() });
        }, "name"));
        app.MapMethods("/api/v1/projects/{uuid}/environments/{env}", ["PATCH"], (string uuid, string env, HttpContext c, SimState s) => Change(c, s, uuid, env, (project, body) =>
        {
            var environment = FindEnv(project, env)!;
            foreach (var field in body) environment[field.Key] = field.Value?.DeepClone();
            return (200, environment.DeepClone());
        }));
        app.MapDelete("/api/v1/projects/{uuid}/environments/{env}", (string uuid, string env, HttpContext c, SimState s) => Delete(c, s, uuid, env));
    }

    private static JsonObject? Find(SimState s, string uuid) => s.Projects.OfType<JsonObject>().FirstOrDefault(p => (string?)p["uuid"] == uuid);

    private static JsonObject? FindEnv(JsonObject project, string nameOrUuid) =>
        project["environments"]!.AsArray().OfType<JsonObject>().FirstOrDefault(e => (string?)e["uuid"] == nameOrUuid || (string?)e["name"] == nameOrUuid);

    private static Task Read(HttpContext c, SimState s, Func<JsonNode?> produce, string notFound)
    {
        if (Respond.Denied(c, "read")) return Task.CompletedTask;
        JsonNode? result;
        lock (s.Gate) result = produce();
        return result == null ? Respond.Message(c, 404, notFound) : Respond.Json(c, 200, result);
    }

    private static async Task Change(HttpContext c, SimState s, string uuid, string? env, Func<JsonObject, JsonObject, (int, JsonNode)> change, params string[] required)
    {
        if (Respond.Denied(c, "write")) return;
        string? missing;
        lock (s.Gate) missing = Find(s, uuid) is not { } p ? "Project not found." : env != null && FindEnv(p, env) == null ? "Environment not found." : null;
        if (missing != null)
        {
            await Respond.Message(c, 404, missing);
            return;
        }

        if (await Respond.Body(c, Fields, required) is not { } body) return;
        (int status, JsonNode answer) result;
        lock (s.Gate) result = change(Find(s, uuid)!, body);
        await Respond.Json(c, result.status, result.answer);
    }

    private static Task Delete(HttpContext c, SimState s, string uuid, string? env)
    {
        if (Respond.Denied(c, "write")) return Task.CompletedTask;
        lock (s.Gate)
        {
            if (Find(s, uuid) is not { } project) return Respond.Message(c, 404, "Project not found.");
            if (env == null)
            {
                s.Projects.Remove(project);
                return Respond.Message(c, 200, "Project deleted.");
            }

            if (FindEnv(project, env) is not { } environment) return Respond.Message(c, 404, "Environment not found.");
            project["environments"]!.AsArray().Remove(environment);
            return Respond.Message(c, 200, "Environment deleted.");
        }
    }
}
