using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Coolify.Http
{
    /// <summary>
    /// Keeps secrets out of everything the module writes: the tokens of open connections are replaced
    /// wherever they appear, and secret-looking JSON fields are masked in debug dumps.
    /// </summary>
    internal static class Redactor
    {
        internal const string Mask = "<redacted>";

        private static readonly object Gate = new object();
        private static string[] _secrets = Array.Empty<string>();

        // Shorter strings are not masked: replacing every 'y' or 'abc' would garble all output, and
        // real Sanctum secrets are 48 characters.
        internal const int MinimumSecretLength = 8;

        internal static void Register(string secret)
        {
            if (string.IsNullOrEmpty(secret))
            {
                return;
            }

            lock (Gate)
            {
                var list = new List<string>(_secrets);
                if (secret.Length >= MinimumSecretLength)
                {
                    list.Add(secret);
                }

                // Sanctum tokens are "<id>|<secret>"; the part after the bar is the secret on its own.
                int bar = secret.IndexOf('|');
                if (bar >= 0 && secret.Length - bar - 1 >= MinimumSecretLength)
                {
                    list.Add(secret.Substring(bar + 1));
                }

                list.Sort((a, b) => b.Length.CompareTo(a.Length));
                _secrets = list.ToArray();
            }
        }

        internal static string Scrub(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }

            foreach (string secret in _secrets)
            {
                if (text.IndexOf(secret, StringComparison.Ordinal) >= 0)
                {
                    text = text.Replace(secret, Mask);
                }
            }

            return text;
        }

        internal static bool IsSecretField(string name)
        {
            string n = name.ToUpperInvariant();
            return n == "VALUE" || n == "REAL_VALUE" || n == "TOKEN" || n == "CONTENT"
                || n.Contains("PASSWORD") || n.Contains("SECRET") || n.Contains("PRIVATE_KEY") || n.EndsWith("_TOKEN", StringComparison.Ordinal)
                || n.EndsWith("_DB_URL", StringComparison.Ordinal) || n == "AUTHORIZATION";
        }

        /// <summary>A JSON body for -Debug output, secret fields masked and long bodies cut.</summary>
        internal static string JsonForDebug(byte[] body, int maxChars = 4096)
        {
            if (body == null || body.Length == 0)
            {
                return "(empty)";
            }

            string text;
            try
            {
                using (var doc = JsonDocument.Parse(body))
                using (var stream = new MemoryStream())
                {
                    using (var writer = new Utf8JsonWriter(stream))
                    {
                        WriteMasked(writer, doc.RootElement);
                    }

                    text = Encoding.UTF8.GetString(stream.ToArray());
                }
            }
            catch (JsonException)
            {
                text = Encoding.UTF8.GetString(body);
            }

            text = Scrub(text);
            return text.Length > maxChars ? text.Substring(0, maxChars) + "… (" + body.Length + " bytes in all)" : text;
        }

        private static void WriteMasked(Utf8JsonWriter writer, JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var property in element.EnumerateObject())
                    {
                        writer.WritePropertyName(property.Name);
                        if (IsSecretField(property.Name) && property.Value.ValueKind != JsonValueKind.Null)
                        {
                            writer.WriteStringValue(Mask);
                        }
                        else
                        {
                            WriteMasked(writer, property.Value);
                        }
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in element.EnumerateArray())
                    {
                        WriteMasked(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }
}
