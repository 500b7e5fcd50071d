using System.Text;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>The Databases operations: list, get, the eight creates, update, delete, start/stop/restart, logs, move, migrate.</summary>
internal static class DatabaseRoutes
{
    internal const string Root = "/api/v1/databases/{uuid}";
    internal static readonly string[] Secret = ["internal_db_url", "external_db_url", "init_scripts", "postgres_password", "mysql_password", "mysql_root_password", "mariadb_password", "mariadb_root_password", "mongo_initdb_root_password", "redis_password", "keydb_password", "dragonfly_password", "clickhouse_admin_password"];
    private static readonly string[] Limits = ["limits_memory", "limits_memory_swap", "limits_memory_swappiness", "limits_memory_reservation", "limits_cpus", "limits_cpuset", "limits_cpu_shares"];
    private static readonly string[] CreateFields = ["server_uuid", "project_uuid", "environment_name", "environment_uuid", "destination_uuid", "name", "description", "image", "is_public", "public_port", "public_port_timeout", .. Limits, "instant_deploy", "tags"];
    private static readonly string[] UpdateFields = ["name", "description", "image", "is_public", "public_port", "public_port_timeout", .. Limits, "instant_deploy", "health_check_enabled", "health_check_interval", "health_check_timeout", "health_check_retries", "health_check_start_period"];
    private static readonly string[] NotStored = ["server_uuid", "project_uuid", "environment_name", "environment_uuid", "destination_uuid", "instant_deploy", "tags"];

    internal static void Map(WebApplication app)
    {
        var kind = ResourceKind.Database;
        app.MapGet("/api/v1/databases", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate) return Respond.Json(c, 200, new JsonArray(s.Databases.Select(d => (JsonNode)Summary(c, d)).ToArray()));
        });
        app.MapGet(Root, (string uuid, HttpContext c, SimState s) => Resource.Read(c, s, kind, uuid, x => Public(c, x)));
        foreach (string type in SimState.DatabaseTypes.Keys) app.MapPost("/api/v1/databases/" + type, (HttpContext c, SimState s) => Create(c, s, type));
        app.MapMethods(Root, ["PATCH"], Update);
        app.MapDelete(Root, (string uuid, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
        {
            s.Databases.Remove(x);
            Resource.Applied(c, s, "delete", "database", uuid, Resource.DeleteFlags);
            return (200, new JsonObject { ["message"] = "Database deletion request queued." });
        }));

        foreach (string action in new[] { "start", "stop", "restart" })
            Resource.MapAction(app, Root + "/" + action, (c, s) => Resource.Write(c, s, kind, Resource.Uuid(c), "deploy", x =>
            {
                var result = Act(s, x, action);
                if (action == "stop" && result.Item1 == 200) Resource.Applied(c, s, "stop", "database", Resource.Uuid(c), "docker_cleanup");
                return result;
            }));
        app.MapGet(Root + "/logs", (string uuid, HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            string? name, status;
            lock (s.Gate)
            {
                var x = s.FindDatabase(uuid);
                (name, status) = ((string?)x?["name"], (string?)x?["status"]);
            }

            if (name == null) return Respond.Message(c, 404, "Database not found.");
            if (status == null || !status.StartsWith("running", StringComparison.Ordinal)) return Respond.Message(c, 400, "Database is not running.");
            return Respond.Json(c, 200, Resource.Logs(c, name));
        });
        app.MapPost(Root + "/move", (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, ["environment_uuid"], ["environment_uuid"], (x, b) =>
            ApplicationActions.Move(s, x, (string?)b["environment_uuid"], "Database moved successfully.")));
        app.MapPost(Root + "/migrate", (string uuid, HttpContext c, SimState s) => Resource.Migrate(c, s, kind, "database", uuid));
        DatabaseBackupRoutes.Map(app);
        ResourceSubRoutes.Map(app, kind);
    }

    internal static JsonObject Public(HttpContext c, JsonObject database) => Respond.Public(database, Respond.Sensitive(c), Secret);

    // The list adds each database's backup schedules, as Coolify's list does.
    private static JsonObject Summary(HttpContext c, JsonObject database)
    {
        var configs = new JsonArray();
        foreach (var backup in database["_scheduled_backups"]!.AsArray().OfType<JsonObject>())
        {
            var config = Respond.Public(backup, true);
            config.Remove("executions");
            configs.Add(config);
        }

        var copy = Public(c, database);
        copy["backup_configs"] = configs;
        return copy;
    }

    /// <summary>Starting a database (start, restart, /deploy): running:healthy after status_delay_ms, at once by default.</summary>
    internal static void Start(SimState s, JsonObject database)
    {
        database["started_at"] ??= SimState.Now();
        Resource.SetStatus(s, database, "starting", "running:healthy");
    }

    private static (int, JsonNode) Act(SimState s, JsonObject database, string action)
    {
        string status = (string?)database["status"] ?? "";
        if (action == "start" && status.Contains("running")) return (400, new JsonObject { ["message"] = "Database is already running." });
        if (action == "stop" && (status.Contains("exited") || status.Contains("stopped"))) return (400, new JsonObject { ["message"] = "Database is already stopped." });
        if (action == "stop") Resource.SetStatus(s, database, "stopping", "exited");
        else Start(s, database);
        string verb = action switch { "start" => "starting", "stop" => "stopping", _ => "restarting" };
        return (200, new JsonObject { ["message"] = "Database " + verb + " request queued." });
    }

    private static async Task Create(HttpContext c, SimState s, string type)
    {
        if (Respond.Denied(c, "write")) return;
        if (await Respond.Body(c, [.. CreateFields, .. SimState.DatabaseTypes[type].Fields], "server_uuid", "project_uuid") is not { } body) return;
        if (body["environment_name"] is null && body["environment_uuid"] is null)
        {
            await Respond.Message(c, 422, "You need to provide at least one of environment_name or environment_uuid.");
            return;
        }

        if (DecodeConf(body) is { } invalid)
        {
            await Respond.Json(c, 422, invalid);
            return;
        }

        (int status, JsonNode answer) result;
        lock (s.Gate) result = Place(c, s, body, type);
        await Respond.Json(c, result.status, result.answer);
    }

    // Coolify answers 201 here although the spec says 200 (behaviour document 2.4).
    private static (int, JsonNode) Place(HttpContext c, SimState s, JsonObject body, string type)
    {
        if (s.FindServer((string?)body["server_uuid"]) is not { } server) return (404, new JsonObject { ["message"] = "Server not found." });
        if (!s.Projects.Any(p => (string?)p!["uuid"] == (string?)body["project_uuid"])) return (404, new JsonObject { ["message"] = "Project not found." });
        if (s.FindEnvironment((string?)body["project_uuid"], (string?)(body["environment_uuid"] ?? body["environment_name"])) is not { } environment)
            return (404, new JsonObject { ["message"] = "Environment not found." });
        string? destination = (string?)body["destination_uuid"];
        if (destination != null && s.FindDestination(destination)?.Server != server) return (404, new JsonObject { ["message"] = "Destination not found." });
        if (PortTaken(s, body, (string?)server["uuid"], null)) return (400, new JsonObject { ["message"] = "Public port already used by another database." });

        string uuid = Ids.New();
        var stored = new JsonObject();
        foreach (var field in body.Where(f => !NotStored.Contains(f.Key))) stored[field.Key] = field.Value?.DeepClone();
        var db = s.NewDatabase(uuid, type + "-database-" + uuid, type, "exited", (string)environment.Environment["uuid"]!, (string?)server["uuid"], stored, destination);
        foreach (var tag in body["tags"]?.AsArray() ?? []) ResourceSubRoutes.AddTag(s, db, (string)tag!);
        if (Resource.Truthy(body["instant_deploy"])) Start(s, db);

        var answer = new JsonObject { ["uuid"] = uuid };
        if (Respond.Sensitive(c))
        {
            answer["internal_db_url"] = db["internal_db_url"]!.DeepClone();
            if (db["external_db_url"] is { } external) answer["external_db_url"] = external.DeepClone();
        }

        return (201, answer);
    }

    private static async Task Update(string uuid, HttpContext c, SimState s)
    {
        string? type;
        lock (s.Gate) type = (string?)s.FindDatabase(uuid)?["_type"];
        string[] allowed = type == null ? [] : [.. UpdateFields, .. SimState.DatabaseTypes[type].Fields];
        await Resource.WithBody(c, s, ResourceKind.Database, uuid, allowed, [], (x, b) =>
        {
            if (DecodeConf(b) is { } invalid) return (422, invalid);
            if (PortTaken(s, b, (string?)x["_server_uuid"], uuid)) return (400, new JsonObject { ["message"] = "Public port already used by another database." });
            foreach (var field in b.Where(f => f.Key != "instant_deploy")) x[field.Key] = field.Value?.DeepClone();
            x["updated_at"] = SimState.Now();
            s.RefreshUrls(x);
            return (200, new JsonObject { ["message"] = "Database updated." });
        });
    }

    /// <summary>The *_conf fields arrive base64 encoded and are stored decoded; null, or the 422 when one is not base64.</summary>
    private static JsonObject? DecodeConf(JsonObject body)
    {
        foreach (var field in body.Where(f => f.Key.EndsWith("_conf", StringComparison.Ordinal) && f.Value is not null).ToList())
        {
            try
            {
                body[field.Key] = Encoding.UTF8.GetString(Convert.FromBase64String(field.Value!.ToString()));
            }
            catch (FormatException)
            {
                return new JsonObject { ["message"] = "Validation failed.", ["errors"] = new JsonObject { [field.Key] = $"The {field.Key} should be base64 encoded." } };
            }
        }

        return null;
    }

    private static bool PortTaken(SimState s, JsonObject body, string? server, string? self) =>
        Resource.Truthy(body["is_public"]) && body["public_port"] is { } port && s.Databases.Any(d => (string?)d["uuid"] != self
            && (string?)d["_server_uuid"] == server && Resource.Truthy(d["is_public"]) && d["public_port"]?.ToString() == port.ToString());
}
