using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>The Deployments operations: list, get, cancel, deploy by uuid or tag, and an application's history.</summary>
internal static class DeploymentRoutes
{
    internal static void Map(WebApplication app)
    {
        app.MapGet("/api/v1/deployments", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate)
            {
                var active = s.Deployments.Where(DeploymentEngine.Active).OrderBy(d => d["id"]!.GetValue<int>());
                return Respond.Json(c, 200, new JsonArray(active.Select(d => (JsonNode)Public(c, d)).ToArray()));
            }
        });
        app.MapGet("/api/v1/deployments/{uuid}", (string uuid, HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate)
            {
                return DeploymentEngine.Find(s, uuid) is { } d ? Respond.Json(c, 200, Public(c, d)) : Respond.Message(c, 404, "Deployment not found.");
            }
        });
        app.MapPost("/api/v1/deployments/{uuid}/cancel", (string uuid, HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "deploy")) return Task.CompletedTask;
            lock (s.Gate)
            {
                if (DeploymentEngine.Find(s, uuid) is not { } d) return Respond.Message(c, 404, "Deployment not found.");
                if (!DeploymentEngine.Active(d)) return Respond.Message(c, 400, "Deployment cannot be cancelled. Current status: " + d["status"]);
                DeploymentEngine.Cancel(d);
                return Respond.Json(c, 200, new JsonObject { ["message"] = "Deployment cancelled successfully.", ["deployment_uuid"] = uuid, ["status"] = "cancelled-by-user" });
            }
        });
        app.MapGet("/api/v1/deployments/applications/{uuid}", History);
        Resource.MapAction(app, "/api/v1/deploy", Deploy);
    }

    // logs is hidden without read:sensitive, as Coolify hides it.
    private static JsonObject Public(HttpContext c, JsonObject deployment) => Respond.Public(deployment, Respond.Sensitive(c), "logs");

    private static Task History(string uuid, HttpContext c, SimState s)
    {
        if (Respond.Denied(c, "read")) return Task.CompletedTask;
        // Laravel's $request->validate() answers before the controller looks anything up.
        var errors = new JsonObject();
        int skip = Number(c, "skip", 0, 0, errors);
        int take = Number(c, "take", 10, 1, errors);
        if (errors.Count > 0)
        {
            string first = (string)errors.First().Value![0]!;
            string more = errors.Count > 1 ? $" (and {errors.Count - 1} more error{(errors.Count > 2 ? "s" : "")})" : "";
            return Respond.Json(c, 422, new JsonObject { ["message"] = first + more, ["errors"] = errors });
        }

        lock (s.Gate)
        {
            if (s.FindApplication(uuid) == null) return Respond.Message(c, 404, "Application not found.");
            var all = s.Deployments.Where(d => (string?)d["_app_uuid"] == uuid).OrderByDescending(d => d["id"]!.GetValue<int>()).ToList();
            return Respond.Json(c, 200, new JsonObject
            {
                ["count"] = all.Count,
                ["deployments"] = new JsonArray(all.Skip(skip).Take(take).Select(d => (JsonNode)Public(c, d)).ToArray()),
            });
        }
    }

    private static int Number(HttpContext c, string name, int fallback, int min, JsonObject errors)
    {
        if (c.Request.Query[name].FirstOrDefault() is not { Length: > 0 } raw) return fallback;
        if (!int.TryParse(raw, out int value)) errors[name] = new JsonArray($"The {name} field must be an integer.");
        else if (value < min) errors[name] = new JsonArray($"The {name} field must be at least {min}.");
        else return value;
        return fallback;
    }

    private static async Task Deploy(HttpContext c, SimState s)
    {
        if (Respond.Denied(c, "deploy")) return;
        var input = await Input(c);
        string? uuids = input.GetValueOrDefault("uuid"), tags = input.GetValueOrDefault("tag"), dockerTag = input.GetValueOrDefault("docker_tag");
        bool force = input.GetValueOrDefault("force") is "true" or "True" or "1";
        int pr = int.TryParse(input.GetValueOrDefault("pull_request_id") ?? input.GetValueOrDefault("pr"), out int n) ? Math.Max(n, 0) : 0;
        if (!string.IsNullOrEmpty(uuids) && !string.IsNullOrEmpty(tags)) await Respond.Message(c, 400, "You can only use uuid or tag, not both.");
        else if (!string.IsNullOrEmpty(tags) && pr != 0) await Respond.Message(c, 400, "You can only use tag or pr, not both.");
        else if (!string.IsNullOrEmpty(dockerTag) && pr == 0) await Respond.Message(c, 400, "docker_tag requires pull_request_id.");
        else if (!string.IsNullOrEmpty(tags)) await ByTags(c, s, tags, force);
        else if (!string.IsNullOrEmpty(uuids)) await ByUuids(c, s, uuids, force, pr, dockerTag);
        else await Respond.Message(c, 400, "You must provide uuid or tag.");
    }

    /// <summary>Laravel's $request->input(): the query string, overridden by a JSON body when there is one.</summary>
    private static async Task<Dictionary<string, string>> Input(HttpContext c)
    {
        var input = c.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        if (c.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true) return input;
        try
        {
            if (await JsonNode.ParseAsync(c.Request.Body) is JsonObject body)
                foreach (var field in body.Where(f => f.Value is JsonValue)) input[field.Key] = field.Value!.ToString();
        }
        catch (JsonException)
        {
            // An unreadable body counts as none, as $request->input() then sees only the query.
        }

        return input;
    }

    private static Task ByUuids(HttpContext c, SimState s, string uuids, bool force, int pr, string? dockerTag)
    {
        var list = uuids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0) return Respond.Message(c, 400, "No UUIDs provided.");
        var deployments = new JsonArray();
        lock (s.Gate)
        {
            foreach (string uuid in list)
            {
                string? message = null, deployment = null;
                if (s.FindApplication(uuid) is { } application)
                {
                    if (dockerTag != null && (string?)application["build_pack"] != "dockerimage")
                    {
                        message = "docker_tag can only be used with Docker Image applications.";
                    }
                    else
                    {
                        var result = DeploymentEngine.Queue(s, application, force, instant: false, restartOnly: false, pr, dockerTag);
                        if (result.Full) return QueueFull(c);
                        message = result.Skipped ? "Deployment already queued for this commit." : $"Application {application["name"]} deployment queued.";
                        deployment = result.Skipped ? null : result.Uuid;
                    }
                }
                else if (s.FindService(uuid) is { } service)
                {
                    message = StartService(s, service);
                }
                else if (s.FindDatabase(uuid) is { } database)
                {
                    DatabaseRoutes.Start(s, database);
                    message = $"Database {database["name"]} started.";
                }

                if (message == null) continue;
                var item = new JsonObject { ["message"] = message, ["resource_uuid"] = uuid };
                if (deployment != null) item["deployment_uuid"] = deployment;
                deployments.Add(item);
            }
        }

        return deployments.Count == 0
            ? Respond.Message(c, 404, "No resources found.")
            : Respond.Json(c, 200, new JsonObject { ["deployments"] = deployments });
    }

    // The tag variant answers in another shape: every message in one array, the deployment uuids in details.
    private static Task ByTags(HttpContext c, SimState s, string tags, bool force)
    {
        var names = tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) return Respond.Message(c, 400, "No TAGs provided.");
        var messages = new JsonArray();
        var details = new JsonArray();
        lock (s.Gate)
        {
            foreach (string name in names)
            {
                if (!s.GlobalTags.Any(t => (string?)t!["name"] == name)) continue;
                bool Tagged(JsonObject x) => x["_tags"]!.AsArray().Any(t => (string?)t!["name"] == name);
                var applications = s.Applications.Where(Tagged).ToList();
                var services = s.Services.Where(Tagged).ToList();
                if (applications.Count == 0 && services.Count == 0) messages.Add($"No resources found for tag {name}.");
                foreach (var application in applications)
                {
                    var result = DeploymentEngine.Queue(s, application, force, instant: false, restartOnly: false);
                    if (result.Full) return QueueFull(c);
                    messages.Add(result.Skipped ? "Deployment already queued for this commit." : $"Application {application["name"]} deployment queued.");
                    if (!result.Skipped) details.Add(new JsonObject { ["resource_uuid"] = application["uuid"]!.DeepClone(), ["deployment_uuid"] = result.Uuid });
                }

                foreach (var service in services) messages.Add(StartService(s, service));
            }
        }

        if (messages.Count == 0) return Respond.Message(c, 404, "No resources found with this tag.");
        var answer = new JsonObject();
        if (details.Count > 0) answer["details"] = details;
        answer["message"] = messages;
        return Respond.Json(c, 200, answer);
    }

    private static string StartService(SimState s, JsonObject service)
    {
        Resource.SetStatus(s, service, "starting", "running:healthy");
        return $"Service {service["name"]} started. It could take a while, be patient.";
    }

    private static Task QueueFull(HttpContext c)
    {
        c.Response.Headers.RetryAfter = "60";
        return Respond.Message(c, 429, "Deployment queue is full. Please wait for existing deployments to complete.");
    }
}
