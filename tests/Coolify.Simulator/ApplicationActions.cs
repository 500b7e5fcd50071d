using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>What is done to an application: start, stop, restart (through the deployment queue), logs, move, migrate, clone.</summary>
internal static class ApplicationActions
{
    // Copied to a clone as they are; the rest is new or placement.
    private static readonly string[] NotCloned = ["uuid", "name", "status", "fqdn", "environment_id", "destination_id", "created_at", "updated_at"];

    internal static void Map(WebApplication app)
    {
        const string Root = ApplicationRoutes.Root;
        var kind = ResourceKind.Application;
        Resource.MapAction(app, Root + "/start", (c, s) => Resource.Write(c, s, kind, Resource.Uuid(c), "deploy", x =>
            Queued(DeploymentEngine.Queue(s, x, Resource.Flag(c, "force"), Resource.Flag(c, "instant_deploy"), restartOnly: false), "Deployment request queued.")));
        Resource.MapAction(app, Root + "/restart", (c, s) => Resource.Write(c, s, kind, Resource.Uuid(c), "deploy", x =>
            Queued(DeploymentEngine.Queue(s, x, force: false, instant: false, restartOnly: true), "Restart request queued.")));
        Resource.MapAction(app, Root + "/stop", (c, s) => Resource.Write(c, s, kind, Resource.Uuid(c), "deploy", x =>
        {
            Resource.SetStatus(s, x, "stopping", "exited");
            Resource.Applied(c, s, "stop", "application", Resource.Uuid(c), "docker_cleanup");
            return (200, new JsonObject { ["message"] = "Application stopping request queued." });
        }));

        app.MapGet(Root + "/logs", (string uuid, HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            string? name, status;
            lock (s.Gate)
            {
                var x = s.FindApplication(uuid);
                (name, status) = ((string?)x?["name"], (string?)x?["status"]);
            }

            if (name == null) return Respond.Message(c, 404, "Application not found.");
            if (status == null || !status.StartsWith("running", StringComparison.Ordinal)) return Respond.Message(c, 400, "Application is not running.");
            return Respond.Json(c, 200, Resource.Logs(c, name));
        });

        app.MapPost(Root + "/move", (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, ["environment_uuid"], ["environment_uuid"], (x, b) =>
            Move(s, x, (string?)b["environment_uuid"], "Application moved successfully.")));
        app.MapPost(Root + "/migrate", (string uuid, HttpContext c, SimState s) => Resource.Migrate(c, s, kind, "application", uuid));
        app.MapPost(Root + "/clone", (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, ["destination_uuid", "name", "clone_volumes"], ["destination_uuid"], (x, b) =>
        {
            if (s.FindDestination((string?)b["destination_uuid"]) is not { } destination) return (404, new JsonObject { ["message"] = "Destination not found." });
            var copy = s.NewApplication(Ids.New(), (string?)b["name"] ?? x["name"] + "-clone", "exited", (string)x["build_pack"]!,
                (string)x["_environment_uuid"]!, null, (string?)destination.Server["uuid"], (string?)destination.Destination["uuid"]);
            foreach (var field in x.Where(f => !NotCloned.Contains(f.Key) && !f.Key.StartsWith('_'))) copy[field.Key] = field.Value?.DeepClone();
            copy["_envs"] = x["_envs"]!.DeepClone();
            copy["_tags"] = x["_tags"]!.DeepClone();
            copy["_always_fails"] = x["_always_fails"]?.DeepClone();
            if (b["clone_volumes"] is not { } volumes || Resource.Truthy(volumes)) copy["_storages"] = x["_storages"]!.DeepClone();
            return (201, new JsonObject { ["uuid"] = copy["uuid"]!.GetValue<string>(), ["message"] = "Application cloned." });
        }));
    }

    private static (int, JsonNode) Queued(QueueResult result, string message) => result.Skipped
        ? (200, new JsonObject { ["message"] = "Deployment already queued for this commit." })
        : (200, new JsonObject { ["message"] = message, ["deployment_uuid"] = result.Uuid });

    /// <summary>Moves an application or database to another environment, in any project of the team.</summary>
    internal static (int, JsonNode) Move(SimState s, JsonObject resource, string? environmentUuid, string message)
    {
        if (s.FindEnvironment(null, environmentUuid) is not { } target) return (404, new JsonObject { ["message"] = "Environment not found." });
        string project = (string)target.Project["uuid"]!;
        resource["_project_uuid"] = project;
        resource["_environment_uuid"] = environmentUuid;
        resource["environment_id"] = s.EnvironmentId(environmentUuid!);
        return (200, new JsonObject { ["message"] = message, ["uuid"] = resource["uuid"]!.DeepClone(), ["project_uuid"] = project, ["environment_uuid"] = environmentUuid });
    }
}
