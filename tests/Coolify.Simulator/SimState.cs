using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>All the simulator knows, behind one lock: seeded data, tokens, settings, faults, the request log.</summary>
internal sealed partial class SimState
{
    internal static readonly Dictionary<string, string[]> DefaultTokens = new()
    {
        ["1|simroottoken000000000000000000000000000000"] = ["root"],
        ["2|simreadtoken000000000000000000000000000000"] = ["read"],
        ["3|simdeploytoken0000000000000000000000000000"] = ["deploy"],
        ["4|simwritetoken00000000000000000000000000000"] = ["write"],
        ["5|simoperatortoken000000000000000000000000000"] = ["read", "write", "deploy"],
        ["6|simsensitivetoken00000000000000000000000000"] = ["read", "read:sensitive"],
    };

    internal object Gate { get; } = new();
    internal Dictionary<string, string[]> Tokens { get; private set; } = new();
    internal SimSettings Settings { get; set; } = new();
    internal List<Fault> Faults { get; } = new();
    internal List<RecordedRequest> Requests { get; } = new();
    internal List<SiteRequest> SiteRequests { get; } = new();

    /// <summary>What deletes, stops and migrates did, with Coolify's defaults applied to the flags a request left out.</summary>
    internal JsonArray Effects { get; } = new();
    /// <summary>The rate limiter's window per token, as Laravel's throttle keeps it.</summary>
    internal Dictionary<string, RateWindow> Hits { get; } = new();

    /// <summary>How many /api requests the rate limiter let through, and how many it answered 429 (GET /_sim/stats).</summary>
    internal int RateLimitPassed { get; set; }
    internal int RateLimitRefused { get; set; }
    internal JsonArray Servers { get; private set; } = new();
    internal JsonArray Projects { get; private set; } = new();
    internal List<JsonObject> Services { get; } = new();
    internal JsonArray GlobalTags { get; private set; } = new();
    internal JsonObject EmailSettings { get; private set; } = new();
    internal List<JsonObject> Applications { get; } = new();
    internal List<JsonObject> Databases { get; } = new();
    internal List<JsonObject> Deployments { get; } = new();
    internal int NextDeploymentId { get; set; }

    public SimState() => Reset();

    internal void Reset()
    {
        lock (Gate)
        {
            Tokens = new Dictionary<string, string[]>(DefaultTokens);
            Settings = new SimSettings();
            Faults.Clear();
            Requests.Clear();
            SiteRequests.Clear();
            Effects.Clear();
            Hits.Clear();
            RateLimitPassed = 0;
            RateLimitRefused = 0;
            EmailSettings = SettingsRoutes.Defaults();
            Servers = new JsonArray(
                Server("srv0localhost0000000000a", "localhost", "host.docker.internal", "dst0localhost00000000000"),
                Server("srv1edge0000000000000000", "edge-1", "10.0.0.5", "dst1edge0000000000000000"));
            Projects = new JsonArray(
                Project("prj0web00000000000000000", "web", "env0prodweb0000000000000", "env0stagweb0000000000000"),
                Project("prj1ops00000000000000000", "ops", "env1prodops0000000000000", "env1stagops0000000000000"));
            GlobalTags = new JsonArray(Tag("tag0prod0000000000000000", "prod"), Tag("tag1backend0000000000000", "backend"), Tag("tag2ci000000000000000000", "ci"));
            Services.Clear();
            Services.Add(Service("k0wcgw4", "n8n", "exited:unhealthy", "n8n"));
            Services.Add(Service("xk9q2m7a1b3c5d7e9f0g2h4j", "n8n-staging", "running:healthy", "n8n"));
            Services.Add(Service("plsbl0000000000000000001", "plausible", "running:healthy", "plausible"));
            Services.Add(Service("uptmk0000000000000000002", "uptime-kuma", "exited", "uptime-kuma"));
            Services.Add(Service("minio000000000000000003a", "minio", "running:unhealthy", "minio"));
            Services.Add(Service("ghost000000000000000004a", "ghost", "exited:unhealthy", "ghost"));
            SeedApplicationsAndDatabases();
        }
    }

    internal JsonObject? FindService(string uuid) => Services.FirstOrDefault(s => (string?)s["uuid"] == uuid);

    internal JsonObject? FindApplication(string uuid) => Applications.FirstOrDefault(a => (string?)a["uuid"] == uuid);

    internal JsonObject? FindDatabase(string uuid) => Databases.FirstOrDefault(d => (string?)d["uuid"] == uuid);

    internal JsonObject? FindServer(string? uuid) => Servers.OfType<JsonObject>().FirstOrDefault(x => (string?)x["uuid"] == uuid);

    /// <summary>The server a destination belongs to, with the destination itself.</summary>
    internal (JsonObject Server, JsonObject Destination)? FindDestination(string? uuid) =>
        Servers.OfType<JsonObject>().SelectMany(x => x["destinations"]!.AsArray().OfType<JsonObject>().Select(d => (x, d)))
            .Where(p => (string?)p.d["uuid"] == uuid).Select(p => ((JsonObject, JsonObject)?)p).FirstOrDefault();

    /// <summary>An environment by uuid anywhere, or by name or uuid inside one project.</summary>
    internal (JsonObject Project, JsonObject Environment)? FindEnvironment(string? projectUuid, string? nameOrUuid) =>
        Projects.OfType<JsonObject>().Where(p => projectUuid == null || (string?)p["uuid"] == projectUuid)
            .SelectMany(p => p["environments"]!.AsArray().OfType<JsonObject>().Select(e => (p, e)))
            .Where(x => (string?)x.e["uuid"] == nameOrUuid || (projectUuid != null && (string?)x.e["name"] == nameOrUuid))
            .Select(x => ((JsonObject, JsonObject)?)x).FirstOrDefault();

    /// <summary>Coolify's integer environment_id; here the environment's position across all projects.</summary>
    internal int EnvironmentId(string environmentUuid) =>
        Projects.OfType<JsonObject>().SelectMany(p => p["environments"]!.AsArray().OfType<JsonObject>()).ToList().FindIndex(e => (string?)e["uuid"] == environmentUuid) + 1;

    internal JsonObject NewService(string name, string type, string? compose)
    {
        var service = Service(Ids.New(), name, "exited", type);
        if (compose != null) service["docker_compose_raw"] = compose;
        Services.Add(service);
        return service;
    }

    private static JsonObject Server(string uuid, string name, string ip, string destination) => new()
    {
        ["uuid"] = uuid, ["name"] = name, ["ip"] = ip, ["port"] = 22, ["user"] = "root",
        ["destinations"] = new JsonArray(new JsonObject { ["uuid"] = destination, ["name"] = "coolify" }),
    };

    private static JsonObject Project(string uuid, string name, string prod, string staging) => new()
    {
        ["uuid"] = uuid, ["name"] = name, ["description"] = null,
        ["environments"] = new JsonArray(
            new JsonObject { ["uuid"] = prod, ["name"] = "production" },
            new JsonObject { ["uuid"] = staging, ["name"] = "staging" }),
    };

    internal static JsonObject Tag(string uuid, string name) => new()
    {
        ["uuid"] = uuid, ["name"] = name, ["created_at"] = Stamp, ["updated_at"] = Stamp,
    };

    internal const string Stamp = "2026-01-02T03:04:05.000000Z";

    private static JsonObject Service(string uuid, string name, string status, string type)
    {
        string app = Ids.New();
        return new JsonObject
        {
            ["uuid"] = uuid, ["name"] = name, ["description"] = null, ["environment_id"] = 1, ["server_id"] = 0,
            ["destination_type"] = "App\\Models\\StandaloneDocker", ["destination_id"] = 0,
            ["connect_to_docker_network"] = false, ["is_container_label_escape_enabled"] = true,
            ["config_hash"] = "c0ffee", ["service_type"] = type, ["status"] = status, ["server_status"] = true,
            ["docker_compose_raw"] = "services:\n  " + type + ":\n    image: " + type + ":latest\n",
            ["docker_compose"] = "services: {}",
            ["created_at"] = Stamp, ["updated_at"] = Stamp,
            ["applications"] = new JsonArray(new JsonObject
            {
                ["uuid"] = app, ["name"] = type, ["human_name"] = name, ["status"] = status, ["fqdn"] = "https://" + name + ".example.com", ["image"] = type + ":latest",
            }),
            ["databases"] = new JsonArray(),
            ["_envs"] = new JsonArray(Env("DB_HOST", "postgres"), Env("SECRET_KEY", "s3cr3t-" + name)),
            ["_storages"] = new JsonArray(new JsonObject
            {
                ["id"] = 1, ["uuid"] = Ids.New(), ["name"] = name + "-data", ["mount_path"] = "/data", ["host_path"] = null, ["resource_uuid"] = app,
            }),
            ["_files"] = new JsonArray(),
            ["_tags"] = new JsonArray(),
            ["_backups"] = new JsonObject(),
        };
    }

    internal static JsonObject Env(string key, string value) => new()
    {
        ["uuid"] = Ids.New(), ["key"] = key, ["value"] = value, ["real_value"] = value, ["is_buildtime"] = false, ["is_runtime"] = true,
        ["is_preview"] = false, ["is_literal"] = false, ["is_multiline"] = false, ["is_shown_once"] = false, ["is_shared"] = false,
        ["comment"] = null, ["created_at"] = Stamp, ["updated_at"] = Stamp,
    };
}

internal static class Ids
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new id as Coolify makes them: 24 lowercase letters and digits.</summary>
    internal static string New() => string.Create(24, 0, (span, _) =>
    {
        for (int i = 0; i < span.Length; i++) span[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
    });
}
