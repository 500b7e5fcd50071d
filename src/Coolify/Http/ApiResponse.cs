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

        internal int? RateLimitRemaining { get; set; }

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
                throw new CoolifyException(
                    CoolifyErrorId.UnexpectedResponse,
                    System.Management.Automation.ErrorCategory.InvalidResult,
                    "Coolify answered " + request.Operation.Method + " " + request.Path + " with a body that is not valid JSON ("
                        + Describe() + "). A proxy in front of Coolify may have changed the answer, or the response was cut short.",
                    ex)
                { StatusCode = StatusCode };
            }
        }

        internal string Describe()
        {
            string kind = string.IsNullOrEmpty(ContentType) ? "no content type" : ContentType;
            return Body.Length + " bytes, " + kind;
        }
    }
}
