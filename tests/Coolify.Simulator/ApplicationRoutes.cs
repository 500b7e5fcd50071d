using System.Text;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>The Applications operations: list, get, the five creates, update, delete; actions are in ApplicationActions.</summary>
internal static class ApplicationRoutes
{
    internal const string Root = "/api/v1/applications/{uuid}";
    internal static readonly string[] Secret = ["http_basic_auth_password", "manual_webhook_secret_github", "manual_webhook_secret_gitlab", "manual_webhook_secret_bitbucket", "manual_webhook_secret_gitea", "dockerfile", "docker_compose", "docker_compose_raw", "custom_labels", "private_key_id"];
    private static readonly string[] Base64Fields = ["dockerfile", "custom_labels", "custom_nginx_configuration"];
    private static readonly string[] BuildPacks = ["nixpacks", "railpack", "static", "dockerfile", "dockercompose"];

    // What each route accepts and requires is the server's, from the rules the module is generated from.
    private static readonly string[] UpdateFields = [.. Coolify.Http.ServerRules.For("update-application-by-uuid")!.Fields];

    private static readonly Dictionary<string, (string[] Allowed, string[] Required)> Creates = new()
    {
        ["public"] = FromRules("create-public-application"),
        ["private-github-app"] = FromRules("create-private-github-app-application"),
        ["private-deploy-key"] = FromRules("create-private-deploy-key-application"),
        ["dockerfile"] = FromRules("create-dockerfile-application"),
        ["dockerimage"] = FromRules("create-dockerimage-application"),
    };

    private static (string[], string[]) FromRules(string operationId)
    {
        var rules = Coolify.Http.ServerRules.For(operationId)!;
        return ([.. rules.Fields], [.. rules.Required]);
    }

    // Body keys that place or steer the application rather than being stored on it as they are.
    private static readonly string[] NotStored = ["project_uuid", "server_uuid", "environment_name", "environment_uuid", "destination_uuid", "instant_deploy", "tags", "domains", "force_domain_override", "autogenerate_domain", "github_app_uuid", "private_key_uuid", "dockerfile"];

    internal static void Map(WebApplication app)
    {
        app.MapGet("/api/v1/applications", (string? tag, HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            byte[] json;
            lock (s.Gate)
            {
                var list = s.Applications.Where(a => tag == null || a["_tags"]!.AsArray().Any(t => (string?)t!["name"] == tag));
                json = Respond.PublicArray(list, Respond.Sensitive(c), Secret);
            }

            return Respond.Bytes(c, 200, json);
        });
        app.MapGet(Root, (string uuid, HttpContext c, SimState s) => Resource.Read(c, s, ResourceKind.Application, uuid, x => Public(c, x)));
        foreach (string type in Creates.Keys) app.MapPost("/api/v1/applications/" + type, (HttpContext c, SimState s) => Create(c, s, type));
        app.MapMethods(Root, ["PATCH"], (string uuid, HttpContext c, SimState s) => Resource.WithBody(c, s, ResourceKind.Application, uuid, UpdateFields, [], (x, b) =>
        {
            if (Invalid(b) is { } invalid) return (422, invalid);
            if (Conflict(s, b, uuid) is { } conflict) return (409, conflict);
            Store(x, b);
            if (Resource.Truthy(b["instant_deploy"])) DeploymentEngine.Queue(s, x, force: false, instant: true, restartOnly: false);
            return (200, new JsonObject { ["uuid"] = uuid });
        }));
        app.MapDelete(Root, (string uuid, HttpContext c, SimState s) => Resource.Write(c, s, ResourceKind.Application, uuid, "write", x =>
        {
            s.Applications.Remove(x);
            Resource.Applied(c, s, "delete", "application", uuid, Resource.DeleteFlags);
            return (200, new JsonObject { ["message"] = "Application deletion request queued." });
        }));
        ApplicationActions.Map(app);
        ResourceSubRoutes.Map(app, ResourceKind.Application);
    }

    internal static JsonObject Public(HttpContext c, JsonObject application) => Respond.Public(application, Respond.Sensitive(c), Secret);

    private static async Task Create(HttpContext c, SimState s, string type)
    {
        if (Respond.Denied(c, "write")) return;
        var (allowed, required) = Creates[type];
        if (await Respond.Body(c, allowed, required) is not { } body) return;
        if (body["environment_name"] is null && body["environment_uuid"] is null)
        {
            await Respond.Message(c, 422, "You need to provide at least one of environment_name or environment_uuid.");
            return;
        }

        if (Invalid(body) is { } invalid)
        {
            await Respond.Json(c, 422, invalid);
            return;
        }

        (int status, JsonNode answer) result;
        lock (s.Gate) result = Place(s, body, type);
        await Respond.Json(c, result.status, result.answer);
    }

    private static (int, JsonNode) Place(SimState s, JsonObject body, string type)
    {
        if (s.FindServer((string?)body["server_uuid"]) is not { } server) return (404, new JsonObject { ["message"] = "Server not found." });
        if (!s.Projects.Any(p => (string?)p!["uuid"] == (string?)body["project_uuid"])) return (404, new JsonObject { ["message"] = "Project not found." });
        if (s.FindEnvironment((string?)body["project_uuid"], (string?)(body["environment_uuid"] ?? body["environment_name"])) is not { } environment)
            return (404, new JsonObject { ["message"] = "Environment not found." });
        string? destination = (string?)body["destination_uuid"];
        if (destination != null && s.FindDestination(destination)?.Server != server) return (404, new JsonObject { ["message"] = "Destination not found." });
        if (Conflict(s, body, null) is { } conflict) return (409, conflict);

        string uuid = Ids.New();
        string buildPack = type is "dockerfile" or "dockerimage" ? type : (string)body["build_pack"]!;
        string? fqdn = (string?)body["domains"]
            ?? (body["autogenerate_domain"] is { } auto && !Resource.Truthy(auto) ? null : $"http://{uuid}.{SslipIp(server)}.sslip.io");
        var created = s.NewApplication(uuid, (string?)body["name"] ?? DefaultName(body, type, uuid), "exited", buildPack,
            (string)environment.Environment["uuid"]!, fqdn, (string?)server["uuid"], destination);
        Store(created, body);
        foreach (var tag in body["tags"]?.AsArray() ?? []) ResourceSubRoutes.AddTag(s, created, (string)tag!);
        if (Resource.Truthy(body["instant_deploy"])) DeploymentEngine.Queue(s, created, force: false, instant: true, restartOnly: false);
        return (201, new JsonObject { ["uuid"] = uuid, ["domains"] = fqdn });
    }

    private static string DefaultName(JsonObject body, string type, string uuid) => type switch
    {
        "dockerimage" => ((string)body["docker_registry_image_name"]!).Split('/').Last().Split(':')[0] + "-" + uuid,
        "dockerfile" => "dockerfile-" + uuid,
        _ => ((string)body["git_repository"]!).TrimEnd('/').Split('/').Last().Replace(".git", "") + ":" + body["git_branch"] + "-" + uuid,
    };

    /// <summary>Copies a create or update body onto the application; the Dockerfile is kept decoded, as Coolify does.</summary>
    private static void Store(JsonObject application, JsonObject body)
    {
        foreach (var field in body.Where(f => !NotStored.Contains(f.Key))) application[field.Key] = field.Value?.DeepClone();
        if (body["dockerfile"] is { } dockerfile) application["dockerfile"] = Encoding.UTF8.GetString(Convert.FromBase64String((string)dockerfile!));
        if (body["domains"] is { } domains) application["fqdn"] = domains.DeepClone();
        if (body["github_app_uuid"] != null) application["source_id"] = 1;
        if (body["private_key_uuid"] != null) application["private_key_id"] = 1;
        application["updated_at"] = SimState.Now();
    }

    /// <summary>The 422 for a text field that is not base64, or an unknown build pack; null when the body is fine.</summary>
    private static JsonObject? Invalid(JsonObject body)
    {
        foreach (string field in Base64Fields.Where(f => body[f] is not null))
        {
            try
            {
                Convert.FromBase64String(body[field]!.ToString());
            }
            catch (FormatException)
            {
                return new JsonObject { ["message"] = "Validation failed.", ["errors"] = new JsonObject { [field] = $"The {field} should be base64 encoded." } };
            }
        }

        if (body["build_pack"] is { } pack && !BuildPacks.Contains(pack.ToString()))
            return new JsonObject { ["message"] = "Validation failed.", ["errors"] = new JsonObject { ["build_pack"] = new JsonArray("The selected build pack is invalid.") } };
        return null;
    }

    /// <summary>Coolify's 409 when a requested domain is already used by another application, unless force_domain_override.</summary>
    private static JsonObject? Conflict(SimState s, JsonObject body, string? self)
    {
        if (body["domains"] is not { } raw || Resource.Truthy(body["force_domain_override"])) return null;
        var conflicts = new JsonArray();
        foreach (string domain in raw.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var owner = s.Applications.FirstOrDefault(a => (string?)a["uuid"] != self
                && ((string?)a["fqdn"] ?? "").Split(',', StringSplitOptions.TrimEntries).Any(d => Host(d) == Host(domain)));
            if (owner == null) continue;
            conflicts.Add(new JsonObject
            {
                ["domain"] = Host(domain), ["resource_name"] = owner["name"]!.DeepClone(), ["resource_uuid"] = owner["uuid"]!.DeepClone(),
                ["resource_type"] = "application", ["message"] = $"Domain {Host(domain)} is already in use by application '{owner["name"]}'",
            });
        }

        return conflicts.Count == 0 ? null : new JsonObject
        {
            ["message"] = "Domain conflicts detected. Use force_domain_override=true to proceed.",
            ["warning"] = "Using the same domain for multiple resources can cause routing conflicts and unpredictable behavior.",
            ["conflicts"] = conflicts,
        };
    }

    // sslip.io needs an address; localhost's "ip" is a host name.
    private static string SslipIp(JsonObject server) => System.Net.IPAddress.TryParse((string?)server["ip"], out _) ? (string)server["ip"]! : "127.0.0.1";

    private static string Host(string domain) => Uri.TryCreate(domain, UriKind.Absolute, out var uri) ? uri.Host : domain.Split('/')[0];
}
