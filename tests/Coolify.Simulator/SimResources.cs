using System.Text;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>One database engine: Coolify's model name, default image, port, its own create fields and connection URL.</summary>
internal sealed record DatabaseType(string Model, string Image, int Port, string[] Fields, Func<JsonObject, string> Url);

/// <summary>The seeded applications and databases, and how new ones are built.</summary>
internal sealed partial class SimState
{
    internal static readonly Dictionary<string, DatabaseType> DatabaseTypes = new()
    {
        ["postgresql"] = new("standalone-postgresql", "postgres:16-alpine", 5432, ["postgres_user", "postgres_password", "postgres_db", "postgres_initdb_args", "postgres_host_auth_method", "postgres_conf"],
            d => $"postgres://{d["postgres_user"]}:{d["postgres_password"]}@{d["uuid"]}:5432/{d["postgres_db"]}"),
        ["mysql"] = new("standalone-mysql", "mysql:8", 3306, ["mysql_root_password", "mysql_password", "mysql_user", "mysql_database", "mysql_conf"],
            d => $"mysql://{d["mysql_user"]}:{d["mysql_password"]}@{d["uuid"]}:3306/{d["mysql_database"]}"),
        ["mariadb"] = new("standalone-mariadb", "mariadb:11", 3306, ["mariadb_conf", "mariadb_root_password", "mariadb_user", "mariadb_password", "mariadb_database"],
            d => $"mysql://{d["mariadb_user"]}:{d["mariadb_password"]}@{d["uuid"]}:3306/{d["mariadb_database"]}"),
        ["mongodb"] = new("standalone-mongodb", "mongo:7", 27017, ["mongo_conf", "mongo_initdb_root_username", "mongo_initdb_root_password", "mongo_initdb_database"],
            d => $"mongodb://{d["mongo_initdb_root_username"]}:{d["mongo_initdb_root_password"]}@{d["uuid"]}:27017/?directConnection=true"),
        ["redis"] = new("standalone-redis", "redis:7.2", 6379, ["redis_password", "redis_conf"], d => $"redis://default:{d["redis_password"]}@{d["uuid"]}:6379/0"),
        ["keydb"] = new("standalone-keydb", "eqalpha/keydb:latest", 6379, ["keydb_password", "keydb_conf"], d => $"redis://:{d["keydb_password"]}@{d["uuid"]}:6379/0"),
        ["clickhouse"] = new("standalone-clickhouse", "clickhouse/clickhouse-server:25.1", 9000, ["clickhouse_admin_user", "clickhouse_admin_password"],
            d => $"clickhouse://{d["clickhouse_admin_user"]}:{d["clickhouse_admin_password"]}@{d["uuid"]}:9000"),
        ["dragonfly"] = new("standalone-dragonfly", "docker.dragonflydb.io/dragonflydb/dragonfly", 6379, ["dragonfly_password"], d => $"redis://:{d["dragonfly_password"]}@{d["uuid"]}:6379/0"),
    };

    // Coolify's defaults for what a create body leaves out; passwords are generated per database.
    private static readonly Dictionary<string, string> DatabaseDefaults = new()
    {
        ["postgres_user"] = "postgres", ["postgres_db"] = "postgres", ["mysql_user"] = "mysql", ["mysql_database"] = "default",
        ["mariadb_user"] = "mariadb", ["mariadb_database"] = "default", ["mongo_initdb_root_username"] = "root", ["mongo_initdb_database"] = "default",
        ["clickhouse_admin_user"] = "default",
    };

    private int nextResourceId;

    /// <summary>A timestamp in the format Coolify's API uses.</summary>
    internal static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'");

    private void SeedApplicationsAndDatabases()
    {
        nextResourceId = 0;
        NextDeploymentId = 0;
        Applications.Clear();
        Databases.Clear();
        Deployments.Clear();

        var web = NewApplication("app0webfrontend000000000", "web-frontend", "running:healthy", "nixpacks", "env0prodweb0000000000000", "https://web.example.com");
        Git(web, "https://github.com/example/web-frontend");
        Seed(web, ["prod"], Env("NODE_ENV", "production"), Env("API_URL", "https://api.example.com"));

        var api = NewApplication("app1apibackend0000000000", "api-backend", "running:healthy", "dockerfile", "env0prodweb0000000000000", "https://api.example.com");
        Git(api, "https://github.com/example/api-backend");
        api["dockerfile"] = "FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n";
        api["custom_labels"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("traefik.enable=true\n"));
        api["manual_webhook_secret_github"] = "whsec-api-backend";
        api["_storages"]!.AsArray().Add(new JsonObject { ["id"] = 1, ["uuid"] = "stg0apiuploads0000000000", ["name"] = "api-uploads", ["mount_path"] = "/app/uploads", ["host_path"] = null });
        Seed(api, ["prod", "backend"], Env("DATABASE_URL", "postgres://app:pg-s3cr3t-main-db@db0maindb000000000000000:5432/main"), Env("JWT_SECRET", "jwt-s3cr3t-api"));

        var worker = NewApplication("app2worker00000000000000", "worker", "exited:unhealthy", "dockerimage", "env1prodops0000000000000", null, "srv1edge0000000000000000");
        worker["docker_registry_image_name"] = "ghcr.io/example/worker";
        worker["docker_registry_image_tag"] = "1.4.2";
        Seed(worker, ["backend"], Env("QUEUE_URL", "redis://db1cache0000000000000000:6379/0"), Env("CONCURRENCY", "4"));

        var broken = NewApplication("app3brokenbuild000000000", "broken-build", "exited:unhealthy", "nixpacks", "env0stagweb0000000000000", "https://broken.example.com");
        Git(broken, "https://github.com/example/broken-build");
        broken["_always_fails"] = true;
        Seed(broken, ["ci"], Env("NODE_ENV", "staging"), Env("BUILD_FLAGS", "--strict"));

        Deployments.Add(DeploymentEngine.Seeded(this, web, "dep0webfrontend000000001", "finished"));
        Deployments.Add(DeploymentEngine.Seeded(this, broken, "dep1brokenbuild000000001", "failed"));

        var main = NewDatabase("db0maindb000000000000000", "main-db", "postgresql", "running:healthy", "env0prodweb0000000000000", null,
            new JsonObject { ["postgres_user"] = "app", ["postgres_password"] = "pg-s3cr3t-main-db", ["postgres_db"] = "main" });
        main["_storages"]!.AsArray().Add(new JsonObject { ["id"] = 1, ["uuid"] = "stg1maindb00000000000000", ["name"] = "postgres-data-db0maindb000000000000000", ["mount_path"] = "/var/lib/postgresql/data", ["host_path"] = null });
        main["_scheduled_backups"]!.AsArray().Add(DatabaseBackupRoutes.Schedule("bkp0maindbdaily000000000", "daily", "exe0maindb00000000000001", "exe0maindb00000000000002"));
        Seed(main, ["prod"], Env("PGTZ", "UTC"));

        var cache = NewDatabase("db1cache0000000000000000", "cache", "redis", "exited", "env1prodops0000000000000", "srv1edge0000000000000000",
            new JsonObject { ["redis_password"] = "redis-s3cr3t-cache" });
        cache["_storages"]!.AsArray().Add(new JsonObject { ["id"] = 1, ["uuid"] = "stg2cache000000000000000", ["name"] = "redis-data-db1cache0000000000000000", ["mount_path"] = "/data", ["host_path"] = null });
        Seed(cache, ["backend"], Env("REDIS_ARGS", "--appendonly yes"));
    }

    private static void Git(JsonObject app, string repository)
    {
        app["git_repository"] = repository;
        app["git_branch"] = "main";
    }

    private void Seed(JsonObject resource, string[] tags, params JsonObject[] envs)
    {
        foreach (var env in envs) resource["_envs"]!.AsArray().Add(env);
        foreach (string tag in tags) ResourceSubRoutes.AddTag(this, resource, tag);
    }

    /// <summary>A new application in an environment, on the server (localhost unless given) and its first destination.</summary>
    internal JsonObject NewApplication(string uuid, string name, string status, string buildPack, string environmentUuid, string? fqdn, string? serverUuid = null, string? destinationUuid = null)
    {
        var (server, destination) = Placement(serverUuid, destinationUuid);
        var app = new JsonObject
        {
            ["uuid"] = uuid, ["description"] = null, ["name"] = name, ["fqdn"] = fqdn, ["status"] = status, ["build_pack"] = buildPack,
            ["git_repository"] = null, ["git_branch"] = null, ["git_commit_sha"] = "HEAD", ["git_full_url"] = null,
            ["docker_registry_image_name"] = null, ["docker_registry_image_tag"] = null, ["static_image"] = "nginx:alpine",
            ["install_command"] = null, ["build_command"] = null, ["start_command"] = null, ["ports_exposes"] = "3000", ["ports_mappings"] = null,
            ["base_directory"] = "/", ["publish_directory"] = null, ["dockerfile"] = null, ["dockerfile_location"] = "/Dockerfile",
            ["docker_compose"] = null, ["docker_compose_raw"] = null, ["docker_compose_location"] = "/docker-compose.yaml",
            ["custom_labels"] = null, ["custom_nginx_configuration"] = null, ["custom_docker_run_options"] = null,
            ["health_check_enabled"] = false, ["health_check_path"] = "/", ["limits_memory"] = "0", ["limits_cpus"] = "0", ["redirect"] = "both",
            ["is_http_basic_auth_enabled"] = false, ["http_basic_auth_username"] = null, ["http_basic_auth_password"] = null,
            ["manual_webhook_secret_github"] = null, ["manual_webhook_secret_gitlab"] = null, ["manual_webhook_secret_bitbucket"] = null, ["manual_webhook_secret_gitea"] = null,
            ["private_key_id"] = null, ["source_id"] = null, ["environment_id"] = EnvironmentId(environmentUuid),
            ["destination_id"] = Servers.IndexOf(server), ["destination_type"] = "App\\Models\\StandaloneDocker", ["config_hash"] = "c0ffee",
            ["created_at"] = Stamp, ["updated_at"] = Stamp, ["deleted_at"] = null,
        };
        Internals(app, environmentUuid, server, destination);
        Applications.Add(app);
        return app;
    }

    /// <summary>A new database of one of the eight engines; body values override the defaults.</summary>
    internal JsonObject NewDatabase(string uuid, string name, string type, string status, string environmentUuid, string? serverUuid, JsonObject body, string? destinationUuid = null)
    {
        var (server, destination) = Placement(serverUuid, destinationUuid);
        var info = DatabaseTypes[type];
        var db = new JsonObject
        {
            ["uuid"] = uuid, ["description"] = null, ["name"] = name, ["image"] = info.Image, ["status"] = status, ["database_type"] = info.Model,
            ["is_public"] = false, ["public_port"] = null, ["public_port_timeout"] = 3600, ["internal_db_url"] = null, ["external_db_url"] = null,
            ["limits_memory"] = "0", ["limits_memory_swap"] = "0", ["limits_memory_swappiness"] = 60, ["limits_memory_reservation"] = "0",
            ["limits_cpus"] = "0", ["limits_cpuset"] = null, ["limits_cpu_shares"] = 1024, ["health_check_enabled"] = true,
            ["started_at"] = null, ["environment_id"] = EnvironmentId(environmentUuid), ["destination_id"] = Servers.IndexOf(server),
            ["destination_type"] = "App\\Models\\StandaloneDocker", ["created_at"] = Stamp, ["updated_at"] = Stamp,
        };
        foreach (string field in info.Fields)
            db[field] = DatabaseDefaults.TryGetValue(field, out var value) ? value : field.EndsWith("password", StringComparison.Ordinal) ? Ids.New() : null;
        foreach (var field in body) db[field.Key] = field.Value?.DeepClone();
        Internals(db, environmentUuid, server, destination);
        db["_type"] = type;
        db["_scheduled_backups"] = new JsonArray();
        RefreshUrls(db);
        Databases.Add(db);
        return db;
    }

    /// <summary>Recomputes the connection URLs after a change to credentials or the public port.</summary>
    internal void RefreshUrls(JsonObject db)
    {
        var info = DatabaseTypes[(string)db["_type"]!];
        string url = info.Url(db);
        db["internal_db_url"] = url;
        string ip = (string?)FindServer((string?)db["_server_uuid"])?["ip"] ?? "127.0.0.1";
        db["external_db_url"] = Resource.Truthy(db["is_public"]) && db["public_port"] is { } port
            ? url.Replace((string)db["uuid"]! + ":" + info.Port, ip + ":" + port) : null;
    }

    private (JsonObject Server, JsonObject Destination) Placement(string? serverUuid, string? destinationUuid)
    {
        if (FindDestination(destinationUuid) is { } found) return found;
        var server = FindServer(serverUuid ?? "srv0localhost0000000000a")!;
        return (server, server["destinations"]![0]!.AsObject());
    }

    private void Internals(JsonObject resource, string environmentUuid, JsonObject server, JsonObject destination)
    {
        resource["_id"] = ++nextResourceId;
        resource["_project_uuid"] = (string?)FindEnvironment(null, environmentUuid)?.Project["uuid"];
        resource["_environment_uuid"] = environmentUuid;
        resource["_server_uuid"] = (string?)server["uuid"];
        resource["_destination_uuid"] = (string?)destination["uuid"];
        resource["_envs"] = new JsonArray();
        resource["_storages"] = new JsonArray();
        resource["_files"] = new JsonArray();
        resource["_tags"] = new JsonArray();
        resource["_backups"] = new JsonObject();
    }
}
