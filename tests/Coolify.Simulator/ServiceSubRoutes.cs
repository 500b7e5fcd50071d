using System.Text;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>Logs, environment variables, storages, tags and volume backups of a service.</summary>
internal static class ServiceSubRoutes
{
    private static readonly string[] EnvFields = ["key", "value", "is_preview", "is_literal", "is_multiline", "is_shown_once", "is_buildtime", "is_runtime", "comment"];
    private static readonly string[] StorageFields = ["type", "resource_uuid", "name", "mount_path", "host_path", "content", "is_directory", "fs_path"];
    private static readonly string[] StorageUpdateFields = ["uuid", "id", "type", "is_preview_suffix_enabled", "name", "mount_path", "host_path", "content"];
    private static readonly string[] BackupFields = ["frequency", "enabled", "save_s3", "disable_local_backup", "stop_during_backup", "s3_storage_uuid", "retention_amount_locally", "retention_days_locally", "retention_max_storage_locally", "retention_amount_s3", "retention_days_s3", "retention_max_storage_s3", "timeout"];

    internal static void Map(WebApplication app)
    {
        const string Root = "/api/v1/services/{uuid}";
        app.MapGet(Root + "/logs", Logs);
        app.MapGet(Root + "/envs", (string uuid, HttpContext c, SimState s) => ServiceRoutes.Read(c, s, () =>
            s.FindService(uuid) is { } x ? new JsonArray(Envs(x).OfType<JsonObject>().Select(e => (JsonNode)PublicEnv(e, Respond.Sensitive(c))).ToArray()) : null));
        app.MapPost(Root + "/envs", (string uuid, HttpContext c, SimState s) => ServiceRoutes.WithBody(c, s, uuid, EnvFields, ["key", "value"], (x, b) =>
        {
            if (FindEnv(x, (string)b["key"]!) != null) return (409, new JsonObject { ["message"] = "Environment variable already exists. Use PATCH request to update it." });
            var env = SimState.Env((string)b["key"]!, (string)b["value"]!);
            Apply(env, b);
            Envs(x).Add(env);
            return (201, new JsonObject { ["uuid"] = env["uuid"]!.GetValue<string>() });
        }));
        app.MapMethods(Root + "/envs", ["PATCH"], (string uuid, HttpContext c, SimState s) => ServiceRoutes.WithBody(c, s, uuid, EnvFields, ["key", "value"], (x, b) =>
        {
            if (FindEnv(x, (string)b["key"]!) is not { } env) return (404, new JsonObject { ["message"] = "Environment variable not found." });
            Apply(env, b);
            return (201, PublicEnv(env, true));
        }));
        app.MapMethods(Root + "/envs/bulk", ["PATCH"], (string uuid, HttpContext c, SimState s) => ServiceRoutes.WithBody(c, s, uuid, ["data"], ["data"], (x, b) =>
        {
            var result = new JsonArray();
            foreach (var item in b["data"]!.AsArray().OfType<JsonObject>())
            {
                var env = FindEnv(x, (string)item["key"]!);
                if (env == null) Envs(x).Add(env = SimState.Env((string)item["key"]!, (string?)item["value"] ?? ""));
                Apply(env, item);
                result.Add(PublicEnv(env, true));
            }

            return (201, result);
        }));
        app.MapDelete(Root + "/envs/{env}", (string uuid, string env, HttpContext c, SimState s) => ServiceRoutes.Write(c, s, uuid, "write", x =>
            Envs(x).FirstOrDefault(e => (string?)e!["uuid"] == env) is { } found && Envs(x).Remove(found)
                ? (200, new JsonObject { ["message"] = "Environment variable deleted." })
                : (404, new JsonObject { ["message"] = "Environment variable not found." })));

        app.MapGet(Root + "/storages", (string uuid, HttpContext c, SimState s) => ServiceRoutes.Read(c, s, () => s.FindService(uuid) is { } x
            ? new JsonObject { ["persistent_storages"] = x["_storages"]!.DeepClone(), ["file_storages"] = x["_files"]!.DeepClone() }
            : null));
        app.MapPost(Root + "/storages", (string uuid, HttpContext c, SimState s) => ServiceRoutes.WithBody(c, s, uuid, StorageFields, ["type", "mount_path", "resource_uuid"], (x, b) =>
        {
            var storage = new JsonObject { ["id"] = x["_storages"]!.AsArray().Count + x["_files"]!.AsArray().Count + 10, ["uuid"] = Ids.New() };
            foreach (var field in b.Where(f => f.Key != "type")) storage[field.Key] = field.Value?.DeepClone();
            x[(string)b["type"]! == "file" ? "_files" : "_storages"]!.AsArray().Add(storage);
            return (201, storage.DeepClone());
        }));
        app.MapMethods(Root + "/storages", ["PATCH"], (string uuid, HttpContext c, SimState s) => ServiceRoutes.WithBody(c, s, uuid, StorageUpdateFields, ["type"], (x, b) =>
        {
            if (FindStorage(x, (string?)b["uuid"], b["id"]?.GetValue<int>()) is not { } storage) return (404, new JsonObject { ["message"] = "Storage not found." });
            foreach (var field in b.Where(f => f.Key is "name" or "mount_path" or "host_path" or "content")) storage[field.Key] = field.Value?.DeepClone();
            return (200, storage.DeepClone());
        }));
        app.MapDelete(Root + "/storages/{storage}", (string uuid, string storage, HttpContext c, SimState s) => ServiceRoutes.Write(c, s, uuid, "write", x =>
        {
            if (FindStorage(x, storage, null) is not { } found) return (404, new JsonObject { ["message"] = "Storage not found." });
            x["_storages"]!.AsArray().Remove(found);
            x["_files"]!.AsArray().Remove(found);
            return (200, new JsonObject { ["message"] = "Storage deleted." });
        }));

        app.MapGet(Root + "/tags", (string uuid, HttpContext c, SimState s) => ServiceRoutes.Read(c, s, () => s.FindService(uuid)?["_tags"]!.DeepClone()));
        app.MapPost(Root + "/tags", (string uuid, HttpContext c, SimState s) => ServiceRoutes.WithBody(c, s, uuid, ["tag_name", "tag_names"], [], (x, b) =>
        {
            var names = (b["tag_names"]?.AsArray().Select(n => (string)n!) ?? []).Concat(b["tag_name"] is { } one ? [(string)one!] : []);
            foreach (string name in names)
            {
                var tag = s.GlobalTags.OfType<JsonObject>().FirstOrDefault(t => (string?)t["name"] == name);
                if (tag == null) s.GlobalTags.Add(tag = SimState.Tag(Ids.New(), name));
                if (!x["_tags"]!.AsArray().Any(t => (string?)t!["uuid"] == (string?)tag["uuid"])) x["_tags"]!.AsArray().Add(tag.DeepClone());
            }

            return (201, x["_tags"]!.DeepClone());
        }));
        app.MapDelete(Root + "/tags/{tag}", (string uuid, string tag, HttpContext c, SimState s) => ServiceRoutes.Write(c, s, uuid, "write", x =>
            x["_tags"]!.AsArray().FirstOrDefault(t => (string?)t!["uuid"] == tag) is { } found && x["_tags"]!.AsArray().Remove(found)
                ? (200, new JsonObject { ["message"] = "Tag removed." })
                : (404, new JsonObject { ["message"] = "Tag not found." })));

        app.MapPut(Root + "/storages/{storage}/backups", (string uuid, string storage, HttpContext c, SimState s) => ServiceRoutes.WithBody(c, s, uuid, BackupFields, ["frequency"], (x, b) =>
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
        app.MapDelete(Root + "/storages/{storage}/backups", (string uuid, string storage, HttpContext c, SimState s) => ServiceRoutes.Write(c, s, uuid, "write", x =>
            x["_backups"]!.AsObject().Remove(storage)
                ? (200, new JsonObject { ["message"] = "Backup schedule deleted." })
                : (404, new JsonObject { ["message"] = "Backup schedule not found." })));
        app.MapPost(Root + "/storages/{storage}/backups/run", (string uuid, string storage, HttpContext c, SimState s) => ServiceRoutes.Write(c, s, uuid, "write", x =>
            x["_backups"]![storage] != null
                ? (200, new JsonObject { ["message"] = "Backup started." })
                : (404, new JsonObject { ["message"] = "Backup schedule not found." })));
    }

    private static Task Logs(string uuid, string? sub_service_name, int? lines, HttpContext c, SimState s)
    {
        if (Respond.Denied(c, "read")) return Task.CompletedTask;
        JsonObject? service;
        lock (s.Gate) service = s.FindService(uuid);
        if (service == null) return Respond.Message(c, 404, "Service not found.");
        if (string.IsNullOrEmpty(sub_service_name)) return Respond.Message(c, 400, "Sub service name is required.");
        bool known;
        lock (s.Gate) known = service["applications"]!.AsArray().Concat(service["databases"]!.AsArray()).Any(a => (string?)a!["name"] == sub_service_name);
        if (!known) return Respond.Message(c, 404, "Container not found.");
        int count = Math.Clamp(lines ?? 100, 1, 10000);
        var text = new StringBuilder();
        for (int i = 1; i <= count; i++) text.Append(sub_service_name).Append(" log line ").Append(i).Append('\n');
        return Respond.Json(c, 200, new { logs = text.ToString() });
    }

    private static JsonArray Envs(JsonObject service) => service["_envs"]!.AsArray();

    private static JsonObject? FindEnv(JsonObject service, string key) => Envs(service).OfType<JsonObject>().FirstOrDefault(e => (string?)e["key"] == key);

    private static JsonObject? FindStorage(JsonObject service, string? uuid, int? id) =>
        service["_storages"]!.AsArray().Concat(service["_files"]!.AsArray()).OfType<JsonObject>()
            .FirstOrDefault(x => (uuid != null && (string?)x["uuid"] == uuid) || (id != null && x["id"]?.GetValue<int>() == id));

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
