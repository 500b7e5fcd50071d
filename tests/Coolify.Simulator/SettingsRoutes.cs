using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>
/// GET and PATCH /settings/email, the instance's own e-mail settings: routes the server has (4.3.11,
/// routes/api.php:87-88) that the OpenAPI document lacks. GET needs read, PATCH write:sensitive; the host,
/// sender, user name, password and Resend key show only with read:sensitive. Unknown fields are dropped, as
/// the server's handler keeps only what it validated.
/// </summary>
internal static class SettingsRoutes
{
    private static readonly string[] Hidden = ["smtp_from_address", "smtp_from_name", "smtp_host", "smtp_username", "smtp_password", "resend_api_key"];

    internal static void Map(WebApplication app)
    {
        app.MapGet("/api/v1/settings/email", (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "read")) return Task.CompletedTask;
            lock (s.Gate) return Respond.Json(c, 200, Public(c, s.EmailSettings));
        });
        app.MapMethods("/api/v1/settings/email", ["PATCH"], async (HttpContext c, SimState s) =>
        {
            if (Respond.Denied(c, "write:sensitive")) return;
            var fields = Coolify.Http.ServerRules.For("update-instance-email-settings")!.Fields.ToArray();
            if (await JsonNode.ParseAsync(c.Request.Body) is not JsonObject body)
            {
                await Respond.Json(c, 400, new { message = "Invalid request.", error = "Invalid JSON." });
                return;
            }

            JsonObject answer;
            lock (s.Gate)
            {
                foreach (var field in body.Where(f => fields.Contains(f.Key)).ToList())
                {
                    s.EmailSettings[field.Key] = field.Value?.DeepClone();
                }

                answer = Public(c, s.EmailSettings);
            }

            await Respond.Json(c, 200, answer);
        });
    }

    internal static JsonObject Defaults() => new()
    {
        ["smtp_enabled"] = false, ["smtp_from_address"] = null, ["smtp_from_name"] = null, ["smtp_host"] = null, ["smtp_port"] = null,
        ["smtp_encryption"] = null, ["smtp_username"] = null, ["smtp_password"] = null, ["smtp_timeout"] = null, ["smtp_ehlo_domain"] = null,
        ["resend_enabled"] = false, ["resend_api_key"] = null,
    };

    private static JsonObject Public(HttpContext c, JsonObject settings)
    {
        var copy = (JsonObject)settings.DeepClone();
        if (!Respond.Sensitive(c))
        {
            foreach (var field in Hidden) copy.Remove(field);
        }

        return copy;
    }
}
