using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>Coolify's answer shapes, and the request checks every create/update handler makes.</summary>
internal static class Respond
{
    internal static Task Json(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(body));
    }

    internal static Task Message(HttpContext context, int status, string message) => Json(context, status, new { message });

    internal static Task Text(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(text);
    }

    /// <summary>Missing ability → 403 as Coolify words it; null when allowed.</summary>
    internal static bool Denied(HttpContext context, string ability)
    {
        var abilities = (string[])context.Items["abilities"]!;
        if (abilities.Contains("root") || abilities.Contains(ability)) return false;
        Message(context, 403, "Missing required permissions: " + ability).GetAwaiter().GetResult();
        return true;
    }

    internal static bool Sensitive(HttpContext context) => context.Items["sensitive"] is true;

    /// <summary>Reads a JSON body as Coolify's validateIncomingRequest does, then checks the allow-list and required fields.</summary>
    internal static async Task<JsonObject?> Body(HttpContext context, string[] allowed, params string[] required)
    {
        if (context.Request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await Json(context, 400, new { message = "Invalid request.", error = "Content-Type must be application/json." });
            return null;
        }

        JsonObject? body;
        try
        {
            body = (await JsonNode.ParseAsync(context.Request.Body)) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body == null)
        {
            await Json(context, 400, new { message = "Invalid request.", error = "Invalid JSON." });
            return null;
        }

        if (body.Count == 0)
        {
            await Json(context, 400, new { message = "Invalid request.", error = "Empty JSON." });
            return null;
        }

        var errors = new JsonObject();
        foreach (var field in body.Where(f => !allowed.Contains(f.Key)))
            errors[field.Key] = new JsonArray("This field is not allowed.");
        foreach (var field in required.Where(r => body[r] is null))
            errors[field] = new JsonArray("The " + field + " field is required.");
        if (errors.Count > 0)
        {
            await Json(context, 422, new JsonObject { ["message"] = "Validation failed.", ["errors"] = errors });
            return null;
        }

        return body;
    }

    /// <summary>
    /// A 200 JSON array of the public view of each item (as Public would copy it), written straight from
    /// the items: no copies, so a list of 10,000 seeded applications is cheap. Call under the state lock;
    /// the bytes are sent after it.
    /// </summary>
    internal static byte[] PublicArray(IEnumerable<JsonObject> items, bool sensitive, params string[] secretFields)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStartObject();
                foreach (var field in item)
                {
                    if (field.Key.StartsWith('_') || (!sensitive && secretFields.Contains(field.Key))) continue;
                    writer.WritePropertyName(field.Key);
                    if (field.Value is null) writer.WriteNullValue();
                    else field.Value.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    internal static Task Bytes(HttpContext context, int status, byte[] json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = json.Length;
        return context.Response.Body.WriteAsync(json).AsTask();
    }

    /// <summary>A copy for output: internal fields (leading _) dropped, sensitive ones only for read:sensitive.</summary>
    internal static JsonObject Public(JsonObject item, bool sensitive, params string[] secretFields)
    {
        var copy = new JsonObject();
        foreach (var field in item)
        {
            if (field.Key.StartsWith('_')) continue;
            if (!sensitive && secretFields.Contains(field.Key)) continue;
            copy[field.Key] = field.Value?.DeepClone();
        }

        return copy;
    }
}
