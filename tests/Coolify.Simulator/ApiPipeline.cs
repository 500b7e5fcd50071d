using System.Text;

namespace Coolify.Simulator;

/// <summary>
/// What every /api request goes through before its route, in Coolify's order: (record, injected
/// faults, latency) → access gateway (when set) → authentication → rate limit → API switch → IP allow-list.
/// </summary>
internal sealed class ApiPipeline(RequestDelegate next, SimState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        string body = await new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true).ReadToEndAsync();
        context.Request.Body.Position = 0;
        Fault? fault;
        int latency;
        AccessGateway? gateway;
        lock (state.Gate)
        {
            state.Requests.Add(new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value?.TrimStart('?') ?? "",
                context.Request.Headers.Authorization.Count > 0, context.Request.ContentType, body,
                context.Request.Headers.Keys.ToArray()));
            fault = state.Faults.FirstOrDefault(f => f.Count > 0
                && (f.Method == null || string.Equals(f.Method, context.Request.Method, StringComparison.OrdinalIgnoreCase))
                && (f.PathPrefix == null || path.StartsWith(f.PathPrefix, StringComparison.Ordinal)));
            if (fault != null) fault.Count--;
            latency = state.Settings.LatencyMs;
            gateway = state.Settings.AccessGateway;
        }

        // The gateway sits in front of the server: it answers before anything of Coolify runs.
        if (gateway != null && await AccessGatewayRefused(context, gateway)) return;

        if (latency > 0) await Task.Delay(latency, context.RequestAborted);
        if (fault != null && await ApplyFault(context, fault)) return;

        if (path is "/api/health" or "/api/v1/health")
        {
            await Respond.Text(context, 200, "OK");
            return;
        }

        string? token = context.Request.Headers.Authorization.FirstOrDefault() is { } h && h.StartsWith("Bearer ", StringComparison.Ordinal) ? h[7..] : null;
        string[]? abilities;
        int limit, window;
        SimSettings settings;
        lock (state.Gate)
        {
            abilities = token != null && state.Tokens.TryGetValue(token, out var a) ? a : null;
            settings = state.Settings;
            limit = settings.RateLimit;
            window = settings.RateLimitWindowSeconds;
        }

        if (abilities == null)
        {
            await Respond.Message(context, 401, "Unauthenticated.");
            return;
        }

        if (!RateLimit(context, token!, limit, window))
        {
            return;
        }

        // The switch routes sit outside Coolify's ApiAllowed middleware: they work while the API is off.
        bool switchRoute = path is "/api/v1/enable" or "/api/v1/disable" or "/api/v1/mcp/enable" or "/api/v1/mcp/disable";
        if (!settings.ApiEnabled && !switchRoute)
        {
            await Respond.Json(context, 403, new { success = true, message = "API is disabled." });
            return;
        }

        if (settings.AllowedIps.Length > 0 && !settings.AllowedIps.Split(',').Any(ip => ip.Trim() is "0.0.0.0" or "127.0.0.1"))
        {
            await Respond.Json(context, 403, new { success = true, message = "You are not allowed to access the API." });
            return;
        }

        context.Items["abilities"] = abilities;
        context.Items["sensitive"] = abilities.Contains("root") || abilities.Contains("read:sensitive");
        await next(context);
        if (context.Response.StatusCode == 404 && !context.Response.HasStarted)
        {
            await Respond.Json(context, 404, new { message = "Not found.", docs = "https://coolify.io/docs" });
        }
    }

    /// <summary>
    /// Laravel's throttle (Coolify's throttle:api): a fixed window per token that begins with the first
    /// request after the previous window ended and lasts RateLimitWindowSeconds; a request over the limit
    /// is refused with 429 and not counted. X-RateLimit-Limit and X-RateLimit-Remaining go with every
    /// answer; a 429 adds Retry-After and X-RateLimit-Reset, which Laravel works out from whole Unix
    /// seconds (the window's start rounded down plus its length), so Retry-After can be up to a second
    /// short or long of the real end, and 0 in its last second.
    /// </summary>
    private bool RateLimit(HttpContext context, string token, int limit, int window)
    {
        var now = DateTime.UtcNow;
        int remaining;
        long retryAfter = -1;
        long reset = 0;
        lock (state.Gate)
        {
            if (!state.Hits.TryGetValue(token, out var hits) || now >= hits.Start.AddSeconds(window))
            {
                state.Hits[token] = hits = new RateWindow(now);
            }

            if (hits.Count >= limit)
            {
                reset = UnixSeconds(hits.Start) + window;
                retryAfter = Math.Max(0, reset - UnixSeconds(now));
                remaining = 0;
                state.RateLimitRefused++;
            }
            else
            {
                hits.Count++;
                remaining = limit - hits.Count;
                state.RateLimitPassed++;
            }
        }

        context.Response.Headers["X-RateLimit-Limit"] = limit.ToString();
        context.Response.Headers["X-RateLimit-Remaining"] = remaining.ToString();
        if (retryAfter < 0) return true;
        context.Response.Headers["Retry-After"] = retryAfter.ToString();
        context.Response.Headers["X-RateLimit-Reset"] = reset.ToString();
        Respond.Message(context, 429, "Too Many Attempts.").GetAwaiter().GetResult();
        return false;
    }

    private static long UnixSeconds(DateTime utc) => (long)Math.Floor((utc - DateTime.UnixEpoch).TotalSeconds);

    private static async Task<bool> AccessGatewayRefused(HttpContext context, AccessGateway gateway)
    {
        bool allowed = gateway.Headers.All(h => context.Request.Headers.TryGetValue(h.Key, out var v) && v.Count == 1 && string.Equals(v[0], h.Value, StringComparison.Ordinal));
        if (allowed) return false;
        if (string.Equals(gateway.Mode, "redirect", StringComparison.OrdinalIgnoreCase))
        {
            // What Cloudflare Access answers a request without a valid session or service token.
            string host = context.Request.Host.Value ?? "127.0.0.1";
            string back = Uri.EscapeDataString(context.Request.Path.Value + context.Request.QueryString.Value);
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = $"https://example.cloudflareaccess.com/cdn-cgi/access/login/{host}?kid=0123456789abcdef&redirect_url={back}";
            context.Response.Headers["CF-Access-Domain"] = host;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<html><body>Redirecting to Cloudflare Access</body></html>");
            return true;
        }

        context.Response.StatusCode = 403;
        context.Response.ContentType = "text/html; charset=UTF-8";
        await context.Response.WriteAsync("<!DOCTYPE html><html><head><title>Forbidden</title></head><body><h1>Forbidden</h1>"
            + "<p>You don't have permission to view this. Please contact your system administrator.</p>"
            + "<p>Cloudflare Access</p></body></html>");
        return true;
    }

    private static async Task<bool> ApplyFault(HttpContext context, Fault fault)
    {
        if (fault.LatencyMs > 0) await Task.Delay(fault.LatencyMs, context.RequestAborted);
        if (fault.Hang)
        {
            try { await Task.Delay(Timeout.Infinite, context.RequestAborted); } catch (OperationCanceledException) { }
            return true;
        }

        if (fault.Drop)
        {
            context.Abort();
            return true;
        }

        if (fault.Status is not int status) return false;
        if (fault.RetryAfter is int seconds) context.Response.Headers["Retry-After"] = seconds.ToString();
        if (fault.Location is { } location) context.Response.Headers["Location"] = location;
        context.Response.StatusCode = status;
        context.Response.ContentType = fault.ContentType ?? "application/json";
        await context.Response.WriteAsync(fault.Body ?? "");
        return true;
    }
}
