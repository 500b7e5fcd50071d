using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coolify.Http;

namespace Coolify.Simulator;

/// <summary>
/// Checks every /api/v1 request body against the rules the real server applies (the module's own table,
/// written from build/server-rules.psd1): a field outside an allow-list, a missing required field or a field
/// that should be base64 gets the server's 422, on every route the table knows, simulated or not. A module
/// that drifts from the server then fails here as it would against a real instance.
/// </summary>
internal sealed class ServerRulesCheck(RequestDelegate next)
{
    private static readonly (Regex Route, OperationRules Rules)[] Routes = ServerRules.All
        .Where(r => r.Fields != null)
        .Select(r => (new Regex("^/api/v1" + Regex.Replace(r.Path, @"\{[^}]+\}", "[^/]+") + "$", RegexOptions.CultureInvariant), r))
        // Fixed segments before placeholders: /servers/hetzner must win over /servers/{uuid}.
        .OrderByDescending(x => !x.r.Path.Contains('{'))
        .ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        string path = request.Path.Value ?? "";
        if (request.Method is "GET" or "DELETE" || !path.StartsWith("/api/v1/", StringComparison.Ordinal)
            || request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var rules = Routes.FirstOrDefault(x => string.Equals(x.Rules.Method, request.Method, StringComparison.OrdinalIgnoreCase) && x.Route.IsMatch(path)).Rules;
        JsonObject? body = null;
        if (rules != null)
        {
            request.EnableBuffering();
            try
            {
                body = await JsonNode.ParseAsync(request.Body) as JsonObject;
            }
            catch (JsonException)
            {
                // The route's own handler answers invalid JSON as Coolify does.
            }

            request.Body.Position = 0;
        }

        var errors = body == null ? null : Check(rules!, body);
        if (errors != null && errors.Count > 0)
        {
            await Respond.Json(context, 422, new JsonObject { ["message"] = "Validation failed.", ["errors"] = errors });
            return;
        }

        await next(context);
    }

    private static JsonObject Check(OperationRules rules, JsonObject body)
    {
        var errors = new JsonObject();
        void Add(string field, string message) => errors[field] = new JsonArray(message);
        if (rules.Strict)
        {
            foreach (var field in body.Select(p => p.Key).Where(k => !rules.Allows(k)))
            {
                Add(field, "This field is not allowed.");
            }
        }

        foreach (var field in rules.Required.Where(f => body[f] is null))
        {
            Add(field, "The " + field.Replace('_', ' ') + " field is required.");
        }

        foreach (var group in rules.RequiredOneOf.Where(g => g.All(f => body[f] is null)))
        {
            Add(group[0], "The " + group[0].Replace('_', ' ') + " field is required when " + string.Join(" / ", group.Skip(1).Select(f => f.Replace('_', ' '))) + " is not present.");
        }

        foreach (var field in rules.Base64)
        {
            if (body[field] is JsonValue value && value.TryGetValue(out string? text) && !IsBase64(text))
            {
                Add(field, "The " + field + " should be base64 encoded.");
            }
        }

        return errors;
    }

    private static bool IsBase64(string text)
    {
        if (text.Length % 4 != 0)
        {
            return false;
        }

        return Convert.TryFromBase64String(text, new byte[text.Length], out _);
    }
}
