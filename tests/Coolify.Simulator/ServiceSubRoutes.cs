using System.Text;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>Logs of a service; its environment variables, storages, tags and volume backups are the shared ResourceSubRoutes.</summary>
internal static class ServiceSubRoutes
{
    internal static void Map(WebApplication app)
    {
        app.MapGet(ResourceKind.Service.Root + "/logs", Logs);
        ResourceSubRoutes.Map(app, ResourceKind.Service);
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
}
