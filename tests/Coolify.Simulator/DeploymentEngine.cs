using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>What asking for a deployment gave: a new record, a skip (same commit already under way) or a full queue.</summary>
internal sealed record QueueResult(string? Uuid, bool Skipped, bool Full);

/// <summary>One line of a deployment's build log, before it is written.</summary>
internal sealed record LogLine(int Batch, string Output, string Type = "stdout", string? Command = null, bool Hidden = false);

/// <summary>
/// The application deployment queue. A record moves queued → in_progress → finished (failed for an application
/// seeded to fail) on timers set by the deployment_* settings, its build log growing a line at a time while in progress; every record runs on its own timers, so the
/// per-server build concurrency Coolify has is not modelled. Callers hold the state lock.
/// </summary>
internal static class DeploymentEngine
{
    internal static bool Active(JsonObject d) => (string?)d["status"] is "queued" or "in_progress";

    internal static JsonObject? Find(SimState s, string uuid) => s.Deployments.FirstOrDefault(d => (string?)d["deployment_uuid"] == uuid);

    internal static QueueResult Queue(SimState s, JsonObject app, bool force, bool instant, bool restartOnly, int pr = 0, string? dockerTag = null)
    {
        string commit = (string?)app["git_commit_sha"] ?? "HEAD";
        // instant_deploy is Coolify's no_questions_asked: like force, it skips the same-commit check.
        if (!force && !instant && s.Deployments.Any(d => Active(d) && (string?)d["_app_uuid"] == (string?)app["uuid"]
                && (string?)d["commit"] == commit && d["pull_request_id"]!.GetValue<int>() == pr))
        {
            return new QueueResult(null, Skipped: true, Full: false);
        }

        if (s.Deployments.Count(d => (string?)d["status"] == "queued" && (string?)d["_server_uuid"] == (string?)app["_server_uuid"]) >= s.Settings.DeploymentQueueLimit)
        {
            // The uuid is never created; start and restart hand it out anyway, as Coolify does.
            return new QueueResult(Ids.New(), Skipped: false, Full: true);
        }

        var deployment = Record(s, app, Ids.New(), SimState.Now(), force, restartOnly, pr, dockerTag);
        s.Deployments.Add(deployment);
        int running = s.Settings.DeploymentInProgressMs;
        After(s, instant ? 0 : s.Settings.DeploymentQueuedMs, () =>
        {
            if ((string?)deployment["status"] != "queued") return;
            Begin(deployment, app);

            // The build log grows line by line over the in-progress time, as a real build's does: one line
            // per step, the last step ends the deployment. A cancel stops the chain.
            var pending = new Queue<LogLine>(Script(deployment, app));
            int step = running / (pending.Count + 1);
            void Next()
            {
                if ((string?)deployment["status"] != "in_progress") return;
                if (pending.Count == 0)
                {
                    End(deployment, app, s.Settings.FinishedStatus);
                    return;
                }

                Log(deployment, pending.Dequeue());
                After(s, step, Next);
            }

            After(s, step, Next);
        });
        return new QueueResult((string)deployment["deployment_uuid"]!, Skipped: false, Full: false);
    }

    internal static void Cancel(JsonObject d)
    {
        d["status"] = "cancelled-by-user";
        Log(d, new LogLine(9, "Deployment cancelled by user via API.", "stderr"));
        Finish(d, SimState.Now());
    }

    /// <summary>A finished or failed deployment from before the simulator started, for the history route.</summary>
    internal static JsonObject Seeded(SimState s, JsonObject app, string uuid, string status)
    {
        var d = Record(s, app, uuid, SimState.Stamp, force: false, restartOnly: false, pr: 0, dockerTag: null);
        Begin(d, app);
        foreach (var line in Script(d, app)) Log(d, line);
        End(d, app, "running:healthy");
        foreach (var entry in d["_log"]!.AsArray()) entry!["timestamp"] = SimState.Stamp;
        d["logs"] = d["_log"]!.ToJsonString();
        Finish(d, SimState.Stamp);
        d["status"] = status;
        return d;
    }

    private static JsonObject Record(SimState s, JsonObject app, string uuid, string stamp, bool force, bool restartOnly, int pr, string? dockerTag)
    {
        var server = s.FindServer((string?)app["_server_uuid"]);
        return new JsonObject
        {
            ["id"] = ++s.NextDeploymentId, ["application_id"] = app["_id"]!.ToString(), ["deployment_uuid"] = uuid, ["pull_request_id"] = pr,
            ["docker_registry_image_tag"] = dockerTag, ["force_rebuild"] = force, ["commit"] = (string?)app["git_commit_sha"] ?? "HEAD",
            ["commit_message"] = null, ["status"] = "queued", ["is_webhook"] = false, ["is_api"] = true, ["restart_only"] = restartOnly,
            ["rollback"] = false, ["git_type"] = app["git_repository"] is null ? null : "github", ["server_id"] = server == null ? null : s.Servers.IndexOf(server),
            ["server_name"] = server?["name"]?.DeepClone(), ["application_name"] = app["name"]!.DeepClone(),
            ["deployment_url"] = $"/project/{app["_project_uuid"]}/environment/{app["_environment_uuid"]}/application/{app["uuid"]}/deployment/{uuid}",
            ["destination_id"] = app["destination_id"]!.ToString(), ["only_this_server"] = false, ["current_process_id"] = null,
            ["finished_at"] = null, ["created_at"] = stamp, ["updated_at"] = stamp, ["logs"] = "[]",
            ["_log"] = new JsonArray(), ["_app_uuid"] = (string?)app["uuid"], ["_server_uuid"] = (string?)app["_server_uuid"],
        };
    }

    private static void Begin(JsonObject d, JsonObject app)
    {
        d["status"] = "in_progress";
        d["updated_at"] = SimState.Now();
        d["current_process_id"] = "4242";
        Log(d, new LogLine(1, $"Starting deployment of {Source(app)} to {d["server_name"]}."));
    }

    private static string Source(JsonObject app) => app["git_repository"] is { } repo
        ? $"{repo}:{app["git_branch"]}"
        : $"{app["docker_registry_image_name"]}:{app["docker_registry_image_tag"] ?? "latest"}";

    /// <summary>
    /// The rest of the build log, in the order Coolify writes it: hidden housekeeping commands among the
    /// visible lines, and for an application seeded to fail, stderr lines at the end.
    /// </summary>
    private static List<LogLine> Script(JsonObject d, JsonObject app)
    {
        string uuid = (string)d["deployment_uuid"]!;
        bool restartOnly = d["restart_only"]!.GetValue<bool>();
        bool build = !restartOnly && (string?)app["build_pack"] != "dockerimage";
        var lines = new List<LogLine>
        {
            new(1, "Preparing container with helper image: ghcr.io/coollabsio/coolify-helper:1.0.12."),
            new(1, $"Error response from daemon: No such container: {uuid}", Command: $"docker rm -f {uuid}", Hidden: true),
            new(2, restartOnly ? "Restarting the container only; no new build."
                : app["git_repository"] is null ? $"Pulling image {Source(app)}." : $"Importing {Source(app)} (commit sha {d["commit"]}) to /artifacts/{uuid}."),
        };
        if (build)
        {
            lines.Add(new(3, "Building docker image started."));
            lines.Add(new(3, "#0 building with \"default\" instance using docker driver", Command: $"docker build --network host -f /artifacts/{uuid}/Dockerfile /artifacts/{uuid}", Hidden: true));
            lines.Add(new(3, "#5 [2/4] RUN npm ci"));
            lines.Add(new(3, "#5 added 312 packages in 9s"));
            lines.Add(new(3, "#6 [3/4] RUN npm run build"));
        }

        if (app["_always_fails"]?.GetValue<bool>() == true)
        {
            lines.Add(new(3, "npm ERR! Missing script: \"build\"", "stderr"));
            lines.Add(new(3, "Deployment failed: Building docker image failed with exit code 1.", "stderr"));
            return lines;
        }

        if (build) lines.Add(new(3, "Building docker image completed."));
        lines.Add(new(4, "Rolling update started."));
        lines.Add(new(4, $"docker compose project name: {uuid}", Command: "docker compose up -d", Hidden: true));
        lines.Add(new(4, "New container started."));
        lines.Add(new(4, "Rolling update completed."));
        return lines;
    }

    private static void End(JsonObject d, JsonObject app, string finishedStatus)
    {
        if (app["_always_fails"]?.GetValue<bool>() == true)
        {
            d["status"] = "failed";
        }
        else
        {
            d["status"] = "finished";
            app["status"] = finishedStatus;
            app["_finished_ms"] = Environment.TickCount64;
        }

        d["current_process_id"] = null;
        Finish(d, SimState.Now());
    }

    // Separate values: one JsonNode cannot have two parents.
    private static void Finish(JsonObject d, string stamp)
    {
        d["finished_at"] = stamp;
        d["updated_at"] = stamp;
    }

    /// <summary>One entry of Coolify's addLogEntry; logs is the JSON-encoded array, a string as the API returns it.</summary>
    private static void Log(JsonObject d, LogLine line)
    {
        var log = d["_log"]!.AsArray();
        log.Add(new JsonObject
        {
            ["command"] = line.Command, ["output"] = line.Output, ["type"] = line.Type, ["timestamp"] = SimState.Now(), ["hidden"] = line.Hidden,
            ["batch"] = line.Batch, ["order"] = log.Count + 1,
        });
        d["logs"] = log.ToJsonString();
    }

    // A zero delay runs the step at once, still under the caller's lock.
    private static void After(SimState s, int ms, Action step)
    {
        if (ms <= 0)
        {
            step();
            return;
        }

        _ = Task.Delay(ms).ContinueWith(_ => { lock (s.Gate) step(); }, TaskScheduler.Default);
    }
}
