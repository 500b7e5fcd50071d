using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Coolify.Http
{
    /// <summary>A complete answer from Coolify: status, the headers the module reads, and the body.</summary>
    internal sealed class ApiResponse
    {
        internal ApiResponse(int statusCode, string reasonPhrase, string contentType, byte[] body)
        {
            StatusCode = statusCode;
            ReasonPhrase = reasonPhrase ?? string.Empty;
            ContentType = contentType ?? string.Empty;
            Body = body ?? Array.Empty<byte>();
        }

        internal int StatusCode { get; }

        internal string ReasonPhrase { get; }

        internal string ContentType { get; }

        internal byte[] Body { get; }

        internal string RetryAfter { get; set; }

        internal string Location { get; set; }

        /// <summary>X-RateLimit-Limit: the requests the server allows a window.</summary>
        internal int? RateLimitLimit { get; set; }

        /// <summary>X-RateLimit-Remaining: what is left of them after this request.</summary>
        internal int? RateLimitRemaining { get; set; }

        /// <summary>X-RateLimit-Reset of a 429: when the window ends, in Unix seconds.</summary>
        internal long? RateLimitReset { get; set; }

        internal bool IsSuccess => StatusCode >= 200 && StatusCode < 300;

        internal string Text => Encoding.UTF8.GetString(Body);

        internal bool LooksLikeJson
        {
            get
            {
                foreach (byte b in Body)
                {
                    if (b == (byte)' ' || b == (byte)'\n' || b == (byte)'\r' || b == (byte)'\t' || b == 0xEF || b == 0xBB || b == 0xBF)
                    {
                        continue;
                    }

                    return b == (byte)'{' || b == (byte)'[' || b == (byte)'"';
                }

                return false;
            }
        }

        /// <summary>Seconds from a Retry-After header given in seconds or as an HTTP date; null when absent or unreadable.</summary>
        internal int? RetryAfterSeconds(DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(RetryAfter))
            {
                return null;
            }

            if (int.TryParse(RetryAfter.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int seconds))
            {
                return seconds;
            }

            if (DateTimeOffset.TryParse(RetryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                return Math.Max(0, (int)Math.Ceiling((when - now).TotalSeconds));
            }

            return null;
        }

        /// <summary>Parses the body as JSON; a body that is not JSON is a CoolifyUnexpectedResponse error.</summary>
        internal JsonDocument ParseJson(ApiRequest request)
        {
            try
            {
                return JsonDocument.Parse(Body);
            }
            catch (JsonException ex)
            {
                throw NotJson(request, ex);
            }
        }

        private CoolifyException NotJson(ApiRequest request, JsonException ex) =>
            new CoolifyException(
                CoolifyErrorId.UnexpectedResponse,
                System.Management.Automation.ErrorCategory.InvalidResult,
                "Coolify answered " + request.Operation.Method + " " + request.Path + " with a body that is not valid JSON ("
                    + Describe() + "). A proxy in front of Coolify may have changed the answer, or the response was cut short.",
                ex)
            { StatusCode = StatusCode };

        /// <summary>
        /// Hands each element of a JSON array body to <paramref name="handle"/> as soon as it is read,
        /// so a list of thousands writes its first object long before the last is parsed, and no tree
        /// of the whole body is built. False when the body is not an array (nothing is handed on then).
        /// </summary>
        internal bool ForEachArrayItem(ApiRequest request, Action<JsonElement> handle)
        {
            var reader = new Utf8JsonReader(Body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                {
                    return false;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    int start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    int end = (int)reader.BytesConsumed;
                    using (var item = JsonDocument.Parse(new ReadOnlyMemory<byte>(Body, start, end - start)))
                    {
                        handle(item.RootElement);
                    }
                }

                if (reader.TokenType != JsonTokenType.EndArray)
                {
                    throw new JsonException("The array ends before its closing bracket.");
                }

                return true;
            }
            catch (JsonException ex)
            {
                throw NotJson(request, ex);
            }
        }

        internal string Describe()
        {
            string kind = string.IsNullOrEmpty(ContentType) ? "no content type" : ContentType;
            return Body.Length + " bytes, " + kind;
        }
    }
}
