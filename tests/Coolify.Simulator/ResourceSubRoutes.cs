using System.Text;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>One kind of resource the shared sub-routes serve: where it lives, how to find it, how its 404 reads.</summary>
internal sealed record ResourceKind(string Root, string NotFound, Func<SimState, string, JsonObject?> Find, string[] StorageFields, string[] StorageRequired)
{
    // Declared first: static initialisers run in order and the kinds below use it.
    private static readonly string[] OwnStorageFields = ["type", "name", "mount_path", "host_path", "content", "is_directory", "is_host_file", "fs_path"];

    // A service names the component a storage belongs to; applications and databases are their own component.
    internal static readonly ResourceKind Service = new("/api/v1/services/{uuid}", "Service not found.", (s, uuid) => s.FindService(uuid),
        ["type", "resource_uuid", "name", "mount_path", "host_path", "content", "is_directory", "is_host_file", "fs_path"], ["type", "mount_path", "resource_uuid"]);
    internal static readonly ResourceKind Application = new("/api/v1/applications/{uuid}", "Application not found.", (s, uuid) => s.FindApplication(uuid), OwnStorageFields, ["type", "mount_path"]);
    internal static readonly ResourceKind Database = new("/api/v1/databases/{uuid}", "Database not found.", (s, uuid) => s.FindDatabase(uuid), OwnStorageFields, ["type", "mount_path"]);
}

/// <summary>Environment variables, storages, tags and volume backups, the same for services, applications and databases.</summary>
internal static class ResourceSubRoutes
{
    private static readonly string[] EnvFields = ["key", "value", "is_preview", "is_literal", "is_multiline", "is_shown_once", "is_buildtime", "is_runtime", "comment"];
    private static readonly string[] StorageUpdateFields = ["uuid", "id", "type", "is_preview_suffix_enabled", "name", "mount_path", "host_path", "content"];
    private static readonly string[] BackupFields = ["frequency", "enabled", "save_s3", "disable_local_backup", "stop_during_backup", "s3_storage_uuid", "retention_amount_locally", "retention_days_locally", "retention_max_storage_locally", "retention_amount_s3", "retention_days_s3", "retention_max_storage_s3", "timeout"];

    internal static void Map(WebApplication app, ResourceKind kind)
    {
        string root = kind.Root;
        app.MapGet(root + "/envs", (string uuid, HttpContext c, SimState s) => Resource.Read(c, s, kind, uuid, x =>
            new JsonArray(Envs(x).OfType<JsonObject>().Select(e => (JsonNode)PublicEnv(e, Respond.Sensitive(c))).ToArray())));
        app.MapPost(root + "/envs", (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, EnvFields, ["key", "value"], (x, b) =>
        {
            if (FindEnv(x, (string)b["key"]!) != null) return (409, new JsonObject { ["message"] = "Environment variable already exists. Use PATCH request to update it." });
            var env = SimState.Env((string)b["key"]!, (string)b["value"]!);
            Apply(env, Accepted(kind, b));
            Envs(x).Add(env);
            return (201, new JsonObject { ["uuid"] = env["uuid"]!.GetValue<string>() });
        }));
        app.MapMethods(root + "/envs", ["PATCH"], (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, EnvFields, ["key", "value"], (x, b) =>
        {
            if (FindEnv(x, (string)b["key"]!) is not { } env) return (404, new JsonObject { ["message"] = "Environment variable not found." });
            if (kind == ResourceKind.Application && NullsFlag(env, b) is { } error) return (500, error);
            Apply(env, Accepted(kind, b));
            if (kind == ResourceKind.Application) ResetAbsent(env, b, "is_literal", "is_preview");
            return (201, PublicEnv(env, true));
        }));
        app.MapMethods(root + "/envs/bulk", ["PATCH"], (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, ["data"], ["data"], (x, b) =>
        {
            var result = new JsonArray();
            foreach (var item in b["data"]!.AsArray().OfType<JsonObject>())
            {
                var env = FindEnv(x, (string)item["key"]!);
                if (env == null)
                {
                    Envs(x).Add(env = SimState.Env((string)item["key"]!, (string?)item["value"] ?? ""));
                    if (kind == ResourceKind.Application) env["is_buildtime"] = true;
                }
                else if (kind == ResourceKind.Application)
                {
                    // Items before this one stay saved, as on the server, which saves item by item.
                    if (NullsFlag(env, item) is { } error) return (500, error);
                    ResetAbsent(env, item, "is_literal");
                }

                Apply(env, Accepted(kind, item));
                result.Add(PublicEnv(env, true));
            }

            return (201, result);
        }));
        app.MapDelete(root + "/envs/{env}", (string uuid, string env, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
            Envs(x).FirstOrDefault(e => (string?)e!["uuid"] == env) is { } found && Envs(x).Remove(found)
                ? (200, new JsonObject { ["message"] = "Environment variable deleted." })
                : (404, new JsonObject { ["message"] = "Environment variable not found." })));

        app.MapGet(root + "/storages", (string uuid, HttpContext c, SimState s) => Resource.Read(c, s, kind, uuid, x =>
            new JsonObject { ["persistent_storages"] = x["_storages"]!.DeepClone(), ["file_storages"] = x["_files"]!.DeepClone() }));
        app.MapPost(root + "/storages", (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, kind.StorageFields, kind.StorageRequired, (x, b) =>
        {
            if (StorageCreateProblem(b) is { } problem) return (422, problem);
            var storage = new JsonObject { ["id"] = x["_storages"]!.AsArray().Count + x["_files"]!.AsArray().Count + 10, ["uuid"] = Ids.New() };
            foreach (var field in b.Where(f => f.Key != "type")) storage[field.Key] = field.Value?.DeepClone();
            x[(string)b["type"]! == "file" ? "_files" : "_storages"]!.AsArray().Add(storage);
            return (201, storage.DeepClone());
        }));
        app.MapMethods(root + "/storages", ["PATCH"], (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, StorageUpdateFields, ["type"], (x, b) =>
        {
            if (FindStorage(x, (string?)b["uuid"], b["id"]?.GetValue<int>()) is not { } storage) return (404, new JsonObject { ["message"] = "Storage not found." });
            foreach (var field in b.Where(f => f.Key is "name" or "mount_path" or "host_path" or "content")) storage[field.Key] = field.Value?.DeepClone();
            return (200, storage.DeepClone());
        }));
        app.MapDelete(root + "/storages/{storage}", (string uuid, string storage, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
        {
            if (FindStorage(x, storage, null) is not { } found) return (404, new JsonObject { ["message"] = "Storage not found." });
            x["_storages"]!.AsArray().Remove(found);
            x["_files"]!.AsArray().Remove(found);
            return (200, new JsonObject { ["message"] = "Storage deleted." });
        }));

        app.MapGet(root + "/tags", (string uuid, HttpContext c, SimState s) => Resource.Read(c, s, kind, uuid, x => x["_tags"]!.DeepClone()));
        app.MapPost(root + "/tags", (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, ["tag_name", "tag_names"], [], (x, b) =>
        {
            var names = (b["tag_names"]?.AsArray().Select(n => (string)n!) ?? []).Concat(b["tag_name"] is { } one ? [(string)one!] : []);
            foreach (string name in names) AddTag(s, x, name);
            return (201, x["_tags"]!.DeepClone());
        }));
        app.MapDelete(root + "/tags/{tag}", (string uuid, string tag, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
            x["_tags"]!.AsArray().FirstOrDefault(t => (string?)t!["uuid"] == tag) is { } found && x["_tags"]!.AsArray().Remove(found)
                ? (200, new JsonObject { ["message"] = "Tag removed." })
                : (404, new JsonObject { ["message"] = "Tag not found." })));

        app.MapPut(root + "/storages/{storage}/backups", (string uuid, string storage, HttpContext c, SimState s) => Resource.WithBody(c, s, kind, uuid, BackupFields, ["frequency"], (x, b) =>
        {
            if (FindStorage(x, storage, null) == null) return (404, new JsonObject { ["message"] = "Storage not found." });
            var schedule = new JsonObject
            {
                ["uuid"] = Ids.New(), ["message"] = "Backup schedule saved.", ["storage_uuid"] = storage, ["storage_type"] = "persistent",
                ["enabled"] = true, ["save_s3"] = false, ["disable_local_backup"] = false, ["stop_during_backup"] = false, ["s3_storage_uuid"] = null,
                ["retention_amount_locally"] = 7, ["retention_days_locally"] = 0, ["retention_max_storage_locally"] = 0,
                ["retention_amount_s3"] = 7, ["retention_days_s3"] = 0, ["retention_max_storage_s3"] = 0, ["timeout"] = 3600,
            };
            foreach (var field in b) schedule[field.Key] = field.Value?.DeepClone();
            x["_backups"]![storage] = schedule;
            return (200, schedule.DeepClone());
        }));
        app.MapDelete(root + "/storages/{storage}/backups", (string uuid, string storage, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
            x["_backups"]!.AsObject().Remove(storage)
                ? (200, new JsonObject { ["message"] = "Backup schedule deleted." })
                : (404, new JsonObject { ["message"] = "Backup schedule not found." })));
        app.MapPost(root + "/storages/{storage}/backups/run", (string uuid, string storage, HttpContext c, SimState s) => Resource.Write(c, s, kind, uuid, "write", x =>
            x["_backups"]![storage] != null
                ? (200, new JsonObject { ["message"] = "Backup started." })
                : (404, new JsonObject { ["message"] = "Backup schedule not found." })));
    }

    /// <summary>Attaches a team tag by name, creating it the first time, as Coolify's tag routes and create bodies do.</summary>
    internal static void AddTag(SimState s, JsonObject resource, string name)
    {
        var tag = s.GlobalTags.OfType<JsonObject>().FirstOrDefault(t => (string?)t["name"] == name);
        if (tag == null) s.GlobalTags.Add(tag = SimState.Tag(Ids.New(), name));
        if (!resource["_tags"]!.AsArray().Any(t => (string?)t!["uuid"] == (string?)tag["uuid"])) resource["_tags"]!.AsArray().Add(tag.DeepClone());
    }

    /// <summary>
    /// The checks a storage create makes after its field rules, in the server's order: a volume needs a name and
    /// takes no file fields; a file mount takes no name or host path, is a directory or a host file but not both,
    /// needs fs_path for either, and a host file takes no content. Null when the body passes.
    /// </summary>
    private static JsonObject? StorageCreateProblem(JsonObject b)
    {
        static JsonObject Failed(JsonObject errors) => new() { ["message"] = "Validation failed.", ["errors"] = errors };
        static JsonObject NotValid(IEnumerable<string> fields, string type) =>
            Failed(new JsonObject(fields.Select(f => KeyValuePair.Create(f, (JsonNode?)JsonValue.Create("Field '" + f + "' is not valid for type '" + type + "'.")))));
        bool Filled(string field) => b[field] is { } value && value.ToString().Length > 0;
        if ((string?)b["type"] == "persistent")
        {
            if (!Filled("name")) return Failed(new JsonObject { ["name"] = "The name field is required for persistent storages." });
            var wrong = new[] { "content", "is_directory", "is_host_file", "fs_path" }.Where(b.ContainsKey).ToArray();
            return wrong.Length > 0 ? NotValid(wrong, "persistent") : null;
        }

        var notForFile = new[] { "name", "host_path" }.Where(b.ContainsKey).ToArray();
        if (notForFile.Length > 0) return NotValid(notForFile, "file");
        bool directory = Resource.Truthy(b["is_directory"]), hostFile = Resource.Truthy(b["is_host_file"]);
        if (directory && hostFile) return Failed(new JsonObject { ["is_host_file"] = "Host file mounts cannot also be directory mounts." });
        if ((directory || hostFile) && !Filled("fs_path"))
            return Failed(new JsonObject { ["fs_path"] = "The fs_path field is required for " + (directory ? "directory" : "host file") + " mounts." });
        return hostFile && Filled("content") ? Failed(new JsonObject { ["content"] = "Content is not valid for host file mounts." }) : null;
    }

    private static JsonArray Envs(JsonObject resource) => resource["_envs"]!.AsArray();

    private static JsonObject? FindEnv(JsonObject resource, string key) => Envs(resource).OfType<JsonObject>().FirstOrDefault(e => (string?)e["key"] == key);

    internal static JsonObject? FindStorage(JsonObject resource, string? uuid, int? id) =>
        resource["_storages"]!.AsArray().Concat(resource["_files"]!.AsArray()).OfType<JsonObject>()
            .FirstOrDefault(x => (uuid != null && (string?)x["uuid"] == uuid) || (id != null && x["id"]?.GetValue<int>() == id));

    // What a service's or a database's variable handlers read; the rest of a body is dropped without a word.
    private static readonly string[] OwnEnvFields = ["key", "value", "is_literal", "is_multiline", "is_shown_once", "comment"];

    /// <summary>The body fields the owner's variable handlers store: all for an application; for a service or a database, no is_buildtime, is_runtime or is_preview.</summary>
    private static JsonObject Accepted(ResourceKind kind, JsonObject body) =>
        kind == ResourceKind.Application ? body : new JsonObject(body.Where(f => OwnEnvFields.Contains(f.Key)).Select(f => KeyValuePair.Create(f.Key, f.Value?.DeepClone())));

    /// <summary>
    /// An application's update assigns an absent is_multiline or is_shown_once as null; on a variable that has the
    /// flag on, that null goes into a NOT NULL column and the request fails with a server error.
    /// </summary>
    private static JsonObject? NullsFlag(JsonObject env, JsonObject body) =>
        new[] { "is_multiline", "is_shown_once" }.Any(flag => body[flag] is null && env[flag]?.GetValue<bool>() == true)
            ? new JsonObject { ["message"] = "Server Error" }
            : null;

    /// <summary>An application's update stores an absent is_literal (and, single update only, is_preview) as false.</summary>
    private static void ResetAbsent(JsonObject env, JsonObject body, params string[] flags)
    {
        foreach (string flag in flags.Where(f => body[f] is null)) env[flag] = false;
    }

    private static void Apply(JsonObject env, JsonObject body)
    {
        foreach (var field in body) env[field.Key] = field.Value?.DeepClone();
        if (body["value"] is { } value) env["real_value"] = value.DeepClone();
    }

    private static JsonObject PublicEnv(JsonObject env, bool sensitive)
    {
        bool hide = !sensitive || env["is_shown_once"]?.GetValue<bool>() == true;
        return Respond.Public(env, !hide, "value", "real_value");
    }
}

/// <summary>The steps every resource route takes: ability check, 404, then the work under the lock.</summary>
internal static class Resource
{
    internal static Task Read(HttpContext c, SimState s, ResourceKind kind, string uuid, Func<JsonObject, JsonNode> produce)
    {
        if (Respond.Denied(c, "read")) return Task.CompletedTask;
        JsonNode? result;
        lock (s.Gate) result = kind.Find(s, uuid) is { } x ? produce(x) : null;
        return result == null ? Respond.Message(c, 404, kind.NotFound) : Respond.Json(c, 200, result);
    }

    internal static Task Write(HttpContext c, SimState s, ResourceKind kind, string uuid, string ability, Func<JsonObject, (int, JsonNode)> change)
    {
        if (Respond.Denied(c, ability)) return Task.CompletedTask;
        (int status, JsonNode body) result;
        lock (s.Gate)
        {
            if (kind.Find(s, uuid) is not { } resource) return Respond.Message(c, 404, kind.NotFound);
            result = change(resource);
        }

        return Respond.Json(c, result.status, result.body);
    }

    /// <summary>A change with a JSON body; the 404 comes before the body checks, as in Coolify's controllers.</summary>
    internal static async Task WithBody(HttpContext c, SimState s, ResourceKind kind, string uuid, string[] allowed, string[] required, Func<JsonObject, JsonObject, (int, JsonNode)> change)
    {
        if (Respond.Denied(c, "write")) return;
        bool found;
        lock (s.Gate) found = kind.Find(s, uuid) != null;
        if (!found)
        {
            await Respond.Message(c, 404, kind.NotFound);
            return;
        }

        if (await Respond.Body(c, allowed, required) is not { } body) return;
        await Write(c, s, kind, uuid, "write", x => change(x, body));
    }

    /// <summary>
    /// Migration to a destination (applications, databases, services share Coolify's helper): after the lookup,
    /// a production server aborts with a bare 404 (it serves this on development installs only); migrate_volumes
    /// is true unless sent as false.
    /// </summary>
    internal static async Task Migrate(HttpContext c, SimState s, ResourceKind kind, string resource, string uuid)
    {
        if (Respond.Denied(c, "write")) return;
        bool found, development;
        lock (s.Gate) (found, development) = (kind.Find(s, uuid) != null, s.Settings.Development);
        if (!found)
        {
            await Respond.Message(c, 404, kind.NotFound);
            return;
        }

        if (!development)
        {
            await Respond.Message(c, 404, "Not Found");
            return;
        }

        if (await Respond.Body(c, ["destination_uuid", "migrate_volumes"], ["destination_uuid"]) is not { } body) return;
        await Write(c, s, kind, uuid, "write", x =>
        {
            if (s.FindDestination((string?)body["destination_uuid"]) == null) return (404, new JsonObject { ["message"] = "Destination not found." });
            s.Effects.Add(new JsonObject
            {
                ["action"] = "migrate", ["resource"] = resource, ["uuid"] = uuid,
                ["migrate_volumes"] = body["migrate_volumes"] is not { } volumes || Truthy(volumes),
            });
            return (200, new JsonObject { ["message"] = char.ToUpperInvariant(resource[0]) + resource[1..] + " migration started." });
        });
    }

    /// <summary>A POST-only action: GET answers 405 as Coolify has since v4.2; legacy_get_actions swaps the two.</summary>
    internal static void MapAction(WebApplication app, string pattern, Func<HttpContext, SimState, Task> action)
    {
        app.MapPost(pattern, (HttpContext c, SimState s) => Gate(c, s, legacy: false, action));
        app.MapGet(pattern, (HttpContext c, SimState s) => Gate(c, s, legacy: true, action));
    }

    private static Task Gate(HttpContext c, SimState s, bool legacy, Func<HttpContext, SimState, Task> action)
    {
        bool legacyServer;
        lock (s.Gate) legacyServer = s.Settings.LegacyGetActions;
        if (legacy == legacyServer) return action(c, s);
        if (!legacy) return Respond.Message(c, 405, "Method Not Allowed");
        c.Response.Headers.Allow = "POST";
        return Respond.Message(c, 405, "This endpoint has changed to a POST request.");
    }

    internal static string Uuid(HttpContext c) => (string)c.GetRouteValue("uuid")!;

    internal static bool Flag(HttpContext c, string name) => c.Request.Query[name].FirstOrDefault() is "true" or "1";

    /// <summary>A query flag as Laravel's $request->boolean(name, default) reads it: the default when absent; true only for 1, true, on, yes.</summary>
    internal static bool Boolean(HttpContext c, string name, bool fallback) =>
        c.Request.Query.TryGetValue(name, out var values) ? values.FirstOrDefault()?.ToLowerInvariant() is "1" or "true" or "on" or "yes" : fallback;

    /// <summary>
    /// Logs what a delete, stop or migrate did (GET /_sim/effects): each flag as the server applied it, true
    /// when the request left it out, as Coolify's handlers default them. Under the lock.
    /// </summary>
    internal static void Applied(HttpContext c, SimState s, string action, string resource, string uuid, params string[] trueByDefault)
    {
        var effect = new JsonObject { ["action"] = action, ["resource"] = resource, ["uuid"] = uuid };
        foreach (string flag in trueByDefault) effect[flag] = Boolean(c, flag, true);
        s.Effects.Add(effect);
    }

    /// <summary>The four query flags of Coolify's application, database and service delete, each true by default.</summary>
    internal static readonly string[] DeleteFlags = ["delete_volumes", "delete_configurations", "delete_connected_networks", "docker_cleanup"];

    /// <summary>A body boolean as Laravel reads one: true, "true", 1 or "1".</summary>
    internal static bool Truthy(JsonNode? value) => value?.ToString() is "true" or "True" or "1";

    /// <summary>Moves a status on after status_delay_ms, through a transitional one; at once when the delay is 0. Under the lock.</summary>
    internal static void SetStatus(SimState s, JsonObject resource, string transitional, string final)
    {
        int delay = s.Settings.StatusDelayMs;
        if (delay <= 0)
        {
            resource["status"] = final;
            return;
        }

        resource["status"] = transitional;
        _ = Task.Delay(delay).ContinueWith(_ => { lock (s.Gate) resource["status"] = final; }, TaskScheduler.Default);
    }

    // A container that keeps writing: a line every 100 ms since the simulator started, so that
    // following a log (Get-CoolifyLog -Follow) sees new lines and no repeats.
    private static readonly DateTime LogStart = DateTime.UtcNow;

    /// <summary>A container log snapshot; lines defaults to 100 and is capped at 10000 as normalizeLogLines does.</summary>
    internal static JsonObject Logs(HttpContext c, string name)
    {
        int count = int.TryParse(c.Request.Query["lines"].FirstOrDefault(), out int n) ? Math.Clamp(n, 1, 10000) : 100;
        bool stamps = Flag(c, "show_timestamps");
        long total = 100 + (long)(DateTime.UtcNow - LogStart).TotalMilliseconds / 100;
        var text = new StringBuilder();
        for (long i = Math.Max(1, total - count + 1); i <= total; i++)
        {
            if (stamps) text.Append(LogStart.AddMilliseconds(i * 100).ToString("yyyy-MM-ddTHH:mm:ss.fffffff00Z", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            text.Append(name).Append(" log line ").Append(i).Append('\n');
        }

        return new JsonObject { ["logs"] = text.ToString() };
    }
}
