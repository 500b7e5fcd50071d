using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>Scheduled database backups: list, create, update, delete, and their executions.</summary>
internal static class DatabaseBackupRoutes
{
    private static readonly string[] Fields = ["frequency", "enabled", "save_s3", "s3_storage_uuid", "databases_to_backup", "dump_all", "backup_now", "database_backup_retention_amount_locally", "database_backup_retention_days_locally", "database_backup_retention_max_storage_locally", "database_backup_retention_amount_s3", "database_backup_retention_days_s3", "database_backup_retention_max_storage_s3", "timeout"];
    private static readonly string[] Frequencies = ["every_minute", "hourly", "daily", "weekly", "monthly", "yearly"];

    internal static void Map(WebApplication app)
    {
        const string Root = DatabaseRoutes.Root + "/backups";
        var kind = ResourceKind.Database;
        app.MapGet(Root, (string uuid, HttpContext c, SimState s) => Resource.Read(c, s, kind, uuid, x => x["_scheduled_backups"]!.DeepClone()));
        app.MapPost(Root, (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, Fields, ["frequency"], (x, b) =>
        {
            if (Invalid(b) is { } invalid) return (422, invalid);
            var schedule = Schedule(Ids.New(), "daily");
            Apply(schedule, b, s.Settings);
            x["_scheduled_backups"]!.AsArray().Add(schedule);
            return (201, new JsonObject { ["uuid"] = schedule["uuid"]!.DeepClone(), ["message"] = "Backup configuration created successfully." });
        }));
        app.MapMethods(Root + "/{backup}", ["PATCH"], (string uuid, string backup, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, Fields, [], (x, b) =>
        {
            if (Find(x, backup) is not { } schedule) return (404, new JsonObject { ["message"] = "Backup configuration not found." });
            if (Invalid(b) is { } invalid) return (422, invalid);
            Apply(schedule, b, s.Settings);
            return (200, new JsonObject { ["message"] = "Database backup configuration updated" });
        }));
        app.MapDelete(Root + "/{backup}", (string uuid, string backup, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
            Find(x, backup) is { } schedule && x["_scheduled_backups"]!.AsArray().Remove(schedule)
                ? (200, new JsonObject { ["message"] = "Backup configuration and all executions deleted." })
                : (404, new JsonObject { ["message"] = "Backup configuration not found." })));
        app.MapGet(Root + "/{backup}/executions", (string uuid, string backup, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "read", x => // a read, with its own 404
            Find(x, backup) is { } schedule
                ? (200, new JsonObject { ["executions"] = Executions(s, schedule) })
                : (404, new JsonObject { ["message"] = "Backup configuration not found." })));
        app.MapDelete(Root + "/{backup}/executions/{execution}", (string uuid, string backup, string execution, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
        {
            if (Find(x, backup) is not { } schedule) return (404, new JsonObject { ["message"] = "Backup configuration not found." });
            var executions = schedule["executions"]!.AsArray();
            return executions.FirstOrDefault(e => (string?)e!["uuid"] == execution) is { } found && executions.Remove(found)
                ? (200, new JsonObject { ["message"] = "Backup execution deleted." })
                : (404, new JsonObject { ["message"] = "Backup execution not found." });
        }));
    }

    /// <summary>A schedule with Coolify's defaults, and a successful execution for each uuid given (newest first).</summary>
    internal static JsonObject Schedule(string uuid, string frequency, params string[] executions) => new()
    {
        ["uuid"] = uuid, ["enabled"] = true, ["frequency"] = frequency, ["save_s3"] = false, ["s3_storage_id"] = null,
        ["databases_to_backup"] = null, ["dump_all"] = false, ["timeout"] = 3600,
        ["database_backup_retention_amount_locally"] = 0, ["database_backup_retention_days_locally"] = 0, ["database_backup_retention_max_storage_locally"] = 0,
        ["database_backup_retention_amount_s3"] = 0, ["database_backup_retention_days_s3"] = 0, ["database_backup_retention_max_storage_s3"] = 0,
        ["created_at"] = SimState.Stamp, ["updated_at"] = SimState.Stamp,
        ["executions"] = new JsonArray(executions.Select(e => (JsonNode)Execution(e, SimState.Stamp)).ToArray()),
    };

    private static JsonObject Execution(string uuid, string stamp) => new()
    {
        ["uuid"] = uuid, ["filename"] = $"/data/coolify/backups/{uuid}/backup-{stamp[..10]}.dmp", ["size"] = 1048576,
        ["created_at"] = stamp, ["message"] = "Backup completed.", ["status"] = "success",
    };

    /// <summary>The executions as the server lists them: a backup started with backup_now runs for a while, then succeeds or fails.</summary>
    private static JsonArray Executions(SimState s, JsonObject schedule)
    {
        foreach (var execution in schedule["executions"]!.AsArray().OfType<JsonObject>().Where(e => e["_finish_at"] is not null))
        {
            if (DateTime.UtcNow.Ticks < (long)execution["_finish_at"]!) continue;
            execution.Remove("_finish_at");
            bool fails = (bool)execution["_fails"]!;
            execution.Remove("_fails");
            execution["status"] = fails ? "failed" : "success";
            execution["message"] = fails ? "pg_dump: error: connection to server failed: FATAL: password authentication failed" : "Backup completed.";
            execution["finished_at"] = SimState.Now();
        }

        return new JsonArray(schedule["executions"]!.AsArray().OfType<JsonObject>()
            .Select(e => (JsonNode)new JsonObject(e.Where(p => !p.Key.StartsWith('_')).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))).ToArray());
    }

    private static JsonObject? Find(JsonObject database, string uuid) =>
        database["_scheduled_backups"]!.AsArray().OfType<JsonObject>().FirstOrDefault(b => (string?)b["uuid"] == uuid);

    /// <summary>A body value onto the schedule; backup_now runs one (successful) backup at once.</summary>
    private static void Apply(JsonObject schedule, JsonObject body, SimSettings settings)
    {
        foreach (var field in body.Where(f => f.Key is not ("backup_now" or "s3_storage_uuid"))) schedule[field.Key] = field.Value?.DeepClone();
        if (body["s3_storage_uuid"] is not null) schedule["s3_storage_id"] = 1;
        schedule["updated_at"] = SimState.Now();
        if (Resource.Truthy(body["backup_now"]))
        {
            var running = Execution(Ids.New(), SimState.Now());
            running["status"] = "running";
            running["message"] = null;
            running["_finish_at"] = DateTime.UtcNow.AddMilliseconds(settings.BackupRunMs).Ticks;
            running["_fails"] = settings.BackupFails;
            schedule["executions"]!.AsArray().Insert(0, running);
        }
    }

    private static JsonObject? Invalid(JsonObject body)
    {
        if (body["frequency"] is { } frequency && !Frequencies.Contains(frequency.ToString()) && frequency.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 5)
            return Error("frequency", "Invalid cron expression or frequency format.");
        if (Resource.Truthy(body["save_s3"]) && body["s3_storage_uuid"] is null)
            return Error("s3_storage_uuid", "The s3_storage_uuid field is required when save_s3 is true.");
        return null;
    }

    private static JsonObject Error(string field, string message) =>
        new() { ["message"] = "Validation failed.", ["errors"] = new JsonObject { [field] = new JsonArray(message) } };
}
