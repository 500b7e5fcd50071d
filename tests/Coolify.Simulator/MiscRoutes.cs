namespace Coolify.Simulator;

/// <summary>Version, and the servers and projects tests need to create resources.</summary>
internal static class MiscRoutes
{
    internal static void Map(WebApplication app)
    {
        app.MapGet("/api/v1/version", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate) return Respond.Text(c, 200, s.Settings.Version);
        });
        app.MapGet("/api/v1/servers", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate) return Respond.Json(c, 200, s.Servers.DeepClone());
        });
        app.MapGet("/api/v1/projects", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate) return Respond.Json(c, 200, s.Projects.DeepClone());
        });
    }
}
