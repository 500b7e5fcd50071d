using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Coolify.Simulator;

/// <summary>
/// Scheduled tasks of applications and services: list, create, update, delete, execute and the executions
/// list, with Coolify 4.3.11's routes, bodies and answers (ScheduledTasksController.php). An execution is
/// made up at read time from when it was queued, so it needs no timers: queued (not listed yet), running,
/// then success or failed, as ScheduledTaskJob records it.
/// </summary>
internal static partial class ScheduledTaskRoutes
{
    private static readonly string[] Fields = ["name", "command", "frequency", "container", "timeout", "enabled"];

    // VALID_CRON_STRINGS (bootstrap/helpers/constants.php); anything else must be a five-field cron expression.
    private static readonly string[] Words = ["every_minute", "hourly", "daily", "weekly", "monthly", "yearly", "@hourly", "@daily", "@weekly", "@monthly", "@yearly"];

    internal static void Map(WebApplication app)
    {
        Map(app, ResourceKind.Application);
        Map(app, ResourceKind.Service);
    }

    private static void Map(WebApplication app, ResourceKind kind)
    {
        string root = kind.Root + "/scheduled-tasks";
        app.MapGet(root, (string uuid, HttpContext c, SimState s) => Resource.Read(c, s, kind, uuid, x =>
            new JsonArray(Tasks(x).OfType<JsonObject>().Select(t => (JsonNode)Respond.Public(t, true)).ToArray())));
        app.MapPost(root, (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, Fields, ["name", "command", "frequency"], (x, b) =>
        {
            if (Invalid(b) is { } invalid) return (422, invalid);
            var task = new JsonObject
            {
                ["uuid"] = Ids.New(), ["enabled"] = b["enabled"] is { } enabled ? Resource.Truthy(enabled) : true, ["name"] = (string?)b["name"],
                ["command"] = (string?)b["command"], ["frequency"] = (string?)b["frequency"], ["container"] = (string?)b["container"],
                ["timeout"] = b["timeout"] is { } timeout ? timeout.GetValue<long>() : 300, ["created_at"] = SimState.Now(), ["updated_at"] = SimState.Now(),
                ["_runs"] = new JsonArray(),
            };
            Tasks(x).Add(task);
            return (201, Respond.Public(task, true));
        }));
        app.MapMethods(root + "/{task}", ["PATCH"], (string uuid, string task, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, Fields, [], (x, b) =>
        {
            if (Invalid(b) is { } invalid) return (422, invalid);
            if (Find(x, task) is not { } found) return (404, new JsonObject { ["message"] = "Scheduled task not found." });
            foreach (var field in b) found[field.Key] = field.Key == "enabled" ? Resource.Truthy(field.Value) : field.Value?.DeepClone();
            found["updated_at"] = SimState.Now();
            return (200, Respond.Public(found, true));
        }));
        app.MapDelete(root + "/{task}", (string uuid, string task, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
            Find(x, task) is { } found && Tasks(x).Remove(found)
                ? (200, new JsonObject { ["message"] = "Scheduled task deleted." })
                : (404, new JsonObject { ["message"] = "Scheduled task not found." })));
        app.MapGet(root + "/{task}/executions", (string uuid, string task, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "read", x =>
            Find(x, task) is { } found
                ? (200, Executions(found))
                : (404, new JsonObject { ["message"] = "Scheduled task not found." })));
        app.MapPost(root + "/{task}/execute", (string uuid, string task, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
        {
            if (Find(x, task) is not { } found) return (404, new JsonObject { ["message"] = "Scheduled task not found." });
            found["_runs"]!.AsArray().Add(Run(s, kind, x, found));
            return (200, new JsonObject { ["message"] = "Scheduled task execution queued." });
        }));
    }

    private static JsonArray Tasks(JsonObject resource) =>
        (resource["_scheduled_tasks"] ??= new JsonArray()).AsArray();

    private static JsonObject? Find(JsonObject resource, string uuid) =>
        Tasks(resource).OfType<JsonObject>().FirstOrDefault(t => (string?)t["uuid"] == uuid);

    /// <summary>
    /// What one run will do, fixed when it is queued: when it starts and ends, and how. The command is not run:
    /// each 'echo text' prints text, 'sleep N' takes N seconds more, 'exit N' (N &gt; 0) or the word 'fail' fails.
    /// A resource that is not running has no container, and a service with several needs the task's container.
    /// </summary>
    private static JsonObject Run(SimState s, ResourceKind kind, JsonObject resource, JsonObject task)
    {
        string command = (string?)task["command"] ?? "";
        var queued = DateTime.UtcNow;
        var started = queued.AddMilliseconds(s.Settings.ScheduledTaskQueuedMs);
        double runMs = s.Settings.ScheduledTaskRunMs + SleepPattern().Matches(command).Sum(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 1000);
        string output = string.Join("\n", EchoPattern().Matches(command).Select(m => m.Groups[1].Value.Trim().Trim('\'', '"')));
        int exitCode = ExitPattern().Match(command) is { Success: true } exit ? int.Parse(exit.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : command.Contains("fail", StringComparison.OrdinalIgnoreCase) ? 1 : 0;

        string? problem = ContainerProblem(kind, resource, (string?)task["container"]);
        long timeoutSeconds = task["timeout"]?.GetValue<long>() ?? 300;
        string status, message;
        if (problem != null)
        {
            runMs = 50;
            (status, message) = ("failed", "Job permanently failed after 1 attempts: " + problem);
        }
        else if (runMs > timeoutSeconds * 1000)
        {
            runMs = timeoutSeconds * 1000;
            (status, message) = ("failed", "Job permanently failed after 1 attempts: App\\Jobs\\ScheduledTaskJob has timed out.");
        }
        else if (exitCode != 0)
        {
            // A failing command's output goes to stderr, which becomes the exception's message (or, when empty,
            // the exit code); ScheduledTaskJob::failed() then prefixes it.
            (status, message) = ("failed", "Job permanently failed after 1 attempts: " + (output.Length > 0 ? output : "SSH command failed with exit code: " + exitCode));
        }
        else
        {
            (status, message) = ("success", output);
        }

        return new JsonObject
        {
            ["uuid"] = Ids.New(), ["_queued"] = queued.Ticks, ["_started"] = started.Ticks, ["_finished"] = started.AddMilliseconds(runMs).Ticks,
            ["_status"] = status, ["_message"] = message,
        };
    }

    private static string? ContainerProblem(ResourceKind kind, JsonObject resource, string? container)
    {
        if (kind == ResourceKind.Application)
        {
            return ((string?)resource["status"])?.Contains("running", StringComparison.Ordinal) == true ? null : "ScheduledTaskJob failed: No containers running.";
        }

        // Every component of a running service counts as running here.
        if (((string?)resource["status"])?.Contains("running", StringComparison.Ordinal) != true) return "ScheduledTaskJob failed: No containers running.";
        var names = resource["applications"]!.AsArray().Concat(resource["databases"]!.AsArray()).Select(a => (string?)a!["name"]).ToList();
        if (names.Count == 0) return "ScheduledTaskJob failed: No containers running.";
        if (names.Count == 1) return null;
        if (string.IsNullOrEmpty(container)) return "ScheduledTaskJob failed: More than one container exists but no container name was provided.";
        return names.Contains(container) ? null : "ScheduledTaskJob failed: No valid container was found. Is the container name correct?";
    }

    /// <summary>The executions as the list route shows them now, newest first; a run still queued is not there yet.</summary>
    private static JsonArray Executions(JsonObject task)
    {
        long now = DateTime.UtcNow.Ticks;
        var list = new JsonArray();
        foreach (var run in task["_runs"]!.AsArray().OfType<JsonObject>().Reverse())
        {
            long started = run["_started"]!.GetValue<long>(), finished = run["_finished"]!.GetValue<long>();
            if (now < started) continue;
            bool done = now >= finished;
            string startedAt = Stamp(started);
            list.Add(new JsonObject
            {
                ["uuid"] = run["uuid"]!.DeepClone(),
                ["status"] = done ? run["_status"]!.DeepClone() : "running",
                ["message"] = done ? run["_message"]!.DeepClone() : null,
                ["error_details"] = done && (string?)run["_status"] == "failed" ? "#0 {main}" : null,
                ["retry_count"] = 0,
                ["duration"] = done ? Math.Round(TimeSpan.FromTicks(finished - started).TotalSeconds, 2) : null,
                ["started_at"] = startedAt,
                ["finished_at"] = done ? Stamp(finished) : null,
                ["created_at"] = startedAt,
                ["updated_at"] = done ? Stamp(finished) : startedAt,
            });
        }

        return list;
    }

    private static string Stamp(long ticks) => new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject? Invalid(JsonObject body)
    {
        if (body["name"] is { } name && (name.GetValueKind() != System.Text.Json.JsonValueKind.String || name.ToString().Length > 255))
            return Error("name", "The name field must be a string.");
        if (body["timeout"] is { } timeout && (timeout.GetValueKind() != System.Text.Json.JsonValueKind.Number || !long.TryParse(timeout.ToString(), out long seconds) || seconds < 1))
            return Error("timeout", "The timeout field must be at least 1.");
        if (body["enabled"] is { } enabled && enabled.GetValueKind() is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False))
            return Error("enabled", "The enabled field must be true or false.");
        if (body["frequency"] is { } frequency && !Words.Contains(frequency.ToString()) && frequency.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 5)
            return Error("frequency", "Invalid cron expression or frequency format.");
        return null;
    }

    private static JsonObject Error(string field, string message) =>
        new() { ["message"] = "Validation failed.", ["errors"] = new JsonObject { [field] = new JsonArray(message) } };

    [GeneratedRegex(@"\bsleep\s+(\d+(?:\.\d+)?)")]
    private static partial Regex SleepPattern();

    [GeneratedRegex(@"\becho\s+([^;&|]*)")]
    private static partial Regex EchoPattern();

    [GeneratedRegex(@"\bexit\s+([1-9]\d*)")]
    private static partial Regex ExitPattern();
}
