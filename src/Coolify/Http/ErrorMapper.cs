using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json;

namespace Coolify.Http
{
    /// <summary>Turns every error answer Coolify gives (docs/ARCHITECTURE.md, "Server behaviour") into a CoolifyException.</summary>
    internal static class ErrorMapper
    {
        internal static CoolifyException Map(ApiRequest request, ApiResponse response)
        {
            var body = ReadBody(response);
            string route = request.Operation.Method + " /api/v1" + request.Path;
            string server = body.Message;
            int status = response.StatusCode;
            CoolifyException ex;

            switch (status)
            {
                case 400 when IsInvalidToken(server):
                    ex = Error(CoolifyErrorId.InvalidToken, ErrorCategory.AuthenticationError,
                        "Coolify rejected the token (\"" + server + "\"): it may belong to a user who left the team, or to no team.",
                        "Create a new token under Keys & Tokens > API tokens in the Coolify dashboard and run Connect-Coolify again.");
                    break;
                case 400:
                    ex = Error(CoolifyErrorId.BadRequest, ErrorCategory.InvalidOperation,
                        ServerSaid(server, body.Detail, route, status), null);
                    break;
                case 401:
                    ex = Error(IsInvalidToken(server) ? CoolifyErrorId.InvalidToken : CoolifyErrorId.Unauthenticated, ErrorCategory.AuthenticationError,
                        "Coolify did not accept the token (\"" + (server ?? "Unauthenticated.") + "\"). The token is wrong, expired or revoked.",
                        "Check the token (it looks like '12|abc…', keep the number and the bar), create a new one under Keys & Tokens > API tokens if needed, and run Connect-Coolify again.");
                    break;
                case 403:
                    ex = MapForbidden(server, body.Detail);
                    break;
                case 404 when body.HasDocs && string.Equals(server, "Not found.", StringComparison.Ordinal):
                    ex = Error(CoolifyErrorId.RouteNotFound, ErrorCategory.NotImplemented,
                        "This Coolify server has no route " + route + ". It is probably older than this module; upgrade Coolify, or use Invoke-CoolifyRequest for what it offers.",
                        null);
                    break;
                case 404:
                    ex = Error(CoolifyErrorId.ResourceNotFound, ErrorCategory.ObjectNotFound,
                        (server ?? "Not found.") + NotFoundTarget(request), "Check the id (Get-Coolify* lists what exists) and that the token's team owns it.");
                    break;
                case 405:
                    ex = Error(CoolifyErrorId.MethodNotAllowed, ErrorCategory.InvalidOperation,
                        "Coolify does not accept " + route + " (\"" + (server ?? "Method Not Allowed") + "\").", null);
                    break;
                case 409:
                    ex = Error(CoolifyErrorId.Conflict, ErrorCategory.ResourceExists, ServerSaid(server, body.Detail, route, status), null);
                    break;
                case 422:
                    ex = Error(CoolifyErrorId.ValidationFailed, ErrorCategory.InvalidArgument,
                        body.FieldErrors.Count > 0
                            ? (server ?? "Validation failed.").TrimEnd('.') + ": " + CoolifyException.FormatFieldErrors(body.FieldErrors)
                            : ServerSaid(server, body.Detail, route, status),
                        null);
                    ex.FieldErrors = body.FieldErrors;
                    break;
                case 429:
                    ex = Error(CoolifyErrorId.RateLimited, ErrorCategory.LimitsExceeded,
                        "Coolify's rate limit was reached (\"" + (server ?? "Too Many Attempts.") + "\") and retries did not get through.",
                        "Wait a minute, send fewer requests at once (-ThrottleLimit), or raise API_RATE_LIMIT on the instance.");
                    break;
                case 501:
                    ex = Error(CoolifyErrorId.NotSupported, ErrorCategory.NotImplemented, ServerSaid(server, body.Detail, route, status), null);
                    break;
                case 502:
                case 503:
                case 504:
                    ex = Error(CoolifyErrorId.ServerUnavailable, ErrorCategory.ResourceUnavailable,
                        "Coolify was unavailable: " + route + " answered " + status + " " + response.ReasonPhrase + Describe(body, response) + ".",
                        "Check that the Coolify instance and any proxy in front of it are up, then try again.");
                    break;
                default:
                    ex = status >= 500
                        ? Error(CoolifyErrorId.ServerError, ErrorCategory.InvalidResult,
                            "Coolify failed to handle " + route + ": " + status + " " + response.ReasonPhrase + Describe(body, response) + ".", null)
                        : Error(CoolifyErrorId.UnexpectedStatus, ErrorCategory.InvalidResult,
                            route + " answered " + status + " " + response.ReasonPhrase + Describe(body, response) + ".", null);
                    break;
            }

            // Where the server is known to refuse for a reason of its own (a development-only route, a rule no
            // real value passes), say so: the user cannot fix that by changing the input.
            string limitation = ServerRules.For(request.Operation.OperationId)?.OnError;
            bool bareNotFound = status == 404 && (string.IsNullOrEmpty(server) || server.StartsWith("Not found", StringComparison.OrdinalIgnoreCase));
            if (limitation != null && bareNotFound)
            {
                // A route the server aborts with a bare 404 (not "Application not found."): the limitation is the reason.
                // The rule reads "<why>. <what to do>".
                int split = limitation.LastIndexOf(". ", StringComparison.Ordinal);
                ex = Error(CoolifyErrorId.NotSupported, ErrorCategory.NotImplemented,
                    "Coolify answered " + route + " with 404: " + (split > 0 ? limitation.Substring(0, split + 1) : limitation),
                    split > 0 ? limitation.Substring(split + 2) : null);
            }
            else if (limitation != null && status >= 400 && status != 401 && status != 403 && status != 429)
            {
                ex.RecommendedAction = "Note that the Coolify server " + limitation + (ex.RecommendedAction != null ? " " + ex.RecommendedAction : string.Empty);
            }

            ex.StatusCode = status;
            ex.ServerMessage = server;
            ex.RetryAfterSeconds = response.RetryAfterSeconds(DateTimeOffset.UtcNow);
            return ex;
        }

        private static CoolifyException MapForbidden(string server, string detail)
        {
            if (server != null && server.StartsWith("API is disabled", StringComparison.OrdinalIgnoreCase))
            {
                return Error(CoolifyErrorId.ApiDisabled, ErrorCategory.NotEnabled,
                    "The API is disabled on this Coolify instance (\"" + server + "\").",
                    "An instance admin can enable it in the dashboard under Settings > Advanced > API access.");
            }

            if (server != null && server.IndexOf("not allowed to access the API", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return Error(CoolifyErrorId.IpNotAllowed, ErrorCategory.SecurityError,
                    "This machine's IP address is not on the instance's API allow-list (\"" + server + "\"). The token itself may be fine.",
                    "Add this address under Settings > Advanced > Allowed IPs in the Coolify dashboard (0.0.0.0 allows every address).");
            }

            string perms = "Missing required permissions:";
            if (server != null && server.StartsWith(perms, StringComparison.OrdinalIgnoreCase))
            {
                string ability = server.Substring(perms.Length).Trim().TrimEnd('.');
                return Error(CoolifyErrorId.PermissionDenied, ErrorCategory.PermissionDenied,
                    "The token lacks the '" + ability + "' permission (Coolify: \"" + server + "\").",
                    "Create a token with the '" + ability + "' (or 'root') permission under Keys & Tokens > API tokens and run Connect-Coolify with it.");
            }

            return Error(CoolifyErrorId.PermissionDenied, ErrorCategory.PermissionDenied,
                "Coolify refused the request: \"" + (server ?? "Forbidden") + "\"" + (detail != null ? " (" + detail + ")" : string.Empty) + ".",
                "Check the token's permissions and your role in the team (members have read-only API access).");
        }

        private static CoolifyException Error(string id, ErrorCategory category, string message, string action) =>
            new CoolifyException(id, category, message) { RecommendedAction = action };

        private static bool IsInvalidToken(string message) =>
            string.Equals(message, "Invalid token.", StringComparison.OrdinalIgnoreCase);

        private static string NotFoundTarget(ApiRequest request) =>
            request.Target != null ? " (id '" + request.Target + "')" : string.Empty;

        private static string ServerSaid(string server, string detail, string route, int status)
        {
            if (server == null)
            {
                return route + " failed with status " + status + ".";
            }

            return detail != null ? server + " (" + detail + ")" : server;
        }

        private static string Describe(ErrorBody body, ApiResponse response)
        {
            if (body.Message != null)
            {
                return " (\"" + body.Message + "\")";
            }

            if (response.Body.Length == 0)
            {
                return " with an empty body";
            }

            return response.ContentType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0
                ? " with an HTML page, not Coolify's JSON: a reverse proxy in front of Coolify answered"
                : " with a body that is not Coolify's JSON (" + response.Describe() + ")";
        }

        private static ErrorBody ReadBody(ApiResponse response)
        {
            var result = new ErrorBody();
            if (!response.LooksLikeJson)
            {
                return result;
            }

            try
            {
                using (var doc = JsonDocument.Parse(response.Body))
                {
                    var root = doc.RootElement;
                    if (root.ValueKind != JsonValueKind.Object)
                    {
                        return result;
                    }

                    if (root.TryGetProperty("message", out var message))
                    {
                        result.Message = message.ValueKind == JsonValueKind.String ? message.GetString() : message.GetRawText();
                    }

                    if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
                    {
                        result.Detail = error.GetString();
                    }

                    result.HasDocs = root.TryGetProperty("docs", out _);
                    if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var field in errors.EnumerateObject())
                        {
                            result.FieldErrors[field.Name] = ReadMessages(field.Value);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A truncated or broken error body still yields an error for its status code.
            }

            return result;
        }

        // Coolify puts either an array of strings or a plain string under each field.
        private static string[] ReadMessages(JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                var list = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    list.Add(item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText());
                }

                return list.ToArray();
            }

            return new[] { value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() };
        }

        private sealed class ErrorBody
        {
            internal string Message { get; set; }

            internal string Detail { get; set; }

            internal bool HasDocs { get; set; }

            internal Dictionary<string, string[]> FieldErrors { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal);
        }
    }
}
