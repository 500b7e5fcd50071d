namespace Coolify.Simulator;

/// <summary>Switches the tests flip through POST /_sim/settings.</summary>
internal sealed class SimSettings
{
    public bool ApiEnabled { get; set; } = true;
    public string AllowedIps { get; set; } = "";
    public int RateLimit { get; set; } = 200;
    public int RateLimitWindowSeconds { get; set; } = 60;
    public int StatusDelayMs { get; set; }
    public string Version { get; set; } = "4.3.11";
    public bool LegacyGetActions { get; set; }

    // Coolify serves the migrate routes only when it runs as a development install (APP_ENV=local);
    // a production server, like this default, answers them 404.
    public bool Development { get; set; }
    public int LatencyMs { get; set; }

    // How long an application deployment stays queued, then in_progress, before it finishes or fails.
    public int DeploymentQueuedMs { get; set; } = 300;
    public int DeploymentInProgressMs { get; set; } = 700;

    // The application status a finished deployment leaves: Coolify can report finished while the
    // new container crashed, which -Wait must notice.
    public string FinishedStatus { get; set; } = "running:healthy";

    // How long a database backup started with backup_now runs, and whether it fails.
    public int BackupRunMs { get; set; } = 600;
    public bool BackupFails { get; set; }

    // Queued deployments per server before Coolify refuses more (its deployment_queue_limit).
    public int DeploymentQueueLimit { get; set; } = 25;

    // How long a scheduled task run waits in the queue before its execution appears, and how long a
    // command runs ('sleep N' in it adds N seconds).
    public int ScheduledTaskQueuedMs { get; set; } = 100;
    public int ScheduledTaskRunMs { get; set; } = 300;

    // How long an application's site (GET /_sim/site/{uuid}) answers 503 after a deployment finished.
    public int SiteUnreadyMs { get; set; }

    // An access gateway in front of the server (Cloudflare Access and the like); null: none.
    public AccessGateway? AccessGateway { get; set; }
}

/// <summary>
/// A gateway in front of every /api route: a request without each of Headers, with exactly that value,
/// gets the gateway's answer instead of the server's: "forbidden" a 403 HTML page, "redirect" a 302 to
/// the gateway's login page.
/// </summary>
internal sealed class AccessGateway
{
    public Dictionary<string, string> Headers { get; set; } = new();
    public string Mode { get; set; } = "forbidden";
}

/// <summary>One injected fault; each matching request uses up one of Count.</summary>
internal sealed class Fault
{
    public string? Method { get; set; }
    public string? PathPrefix { get; set; }
    public int Count { get; set; } = 1;
    public int? Status { get; set; }
    public string? Body { get; set; }
    public string? ContentType { get; set; }
    public int? RetryAfter { get; set; }
    public string? Location { get; set; }
    public int LatencyMs { get; set; }
    public bool Hang { get; set; }
    public bool Drop { get; set; }
}

/// <summary>One token's rate-limit window: when its first request came and how many were counted since.</summary>
internal sealed class RateWindow(DateTime start)
{
    public DateTime Start { get; } = start;
    public int Count { get; set; }
}

// HeaderNames: the names of the request headers as they arrived, never their values.
internal sealed record RecordedRequest(string Method, string Path, string Query, bool HasAuthorization, string? ContentType, string Body, string[] HeaderNames);
