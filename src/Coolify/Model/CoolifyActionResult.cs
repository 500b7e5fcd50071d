namespace Coolify
{
    /// <summary>
    /// What Coolify said to an action such as start, stop or restart. Actions are queued: the result
    /// means "accepted", not "done".
    /// </summary>
    public sealed class CoolifyActionResult : CoolifyObject
    {
        /// <summary>Service, Application or Database.</summary>
        public string ResourceType { get; internal set; }

        /// <summary>Start, Stop, Restart, …</summary>
        public string Action { get; internal set; }

        /// <summary>Coolify's message, e.g. "Service starting request queued.".</summary>
        public string Message { get; internal set; }

        /// <summary>The deployment Coolify queued, when it queued one (applications only).</summary>
        public string DeploymentUuid { get; internal set; }

        /// <summary>For checks (Test-CoolifyS3Storage, Test-CoolifyCloudToken): whether Coolify found it valid; null for other actions.</summary>
        public bool? Valid { get; internal set; }

        /// <summary>With -Wait: where the action ended, e.g. finished (a deployment) or running:healthy (a service or database).</summary>
        public string Status { get; internal set; }

        /// <summary>With -WaitForUrl: each URL of the application checked after the deployment, with its last status; null without.</summary>
        public CoolifyUrlStatus[] UrlStatus { get; internal set; }

        /// <summary>The result of an action as Coolify answered it: its message, deployment id and validity, read from one parse of the body.</summary>
        internal static CoolifyActionResult From(Http.ApiResponse response, string uuid, string resourceType, string action)
        {
            var result = new CoolifyActionResult { Uuid = uuid, ResourceType = resourceType, Action = action };
            if (response == null || !response.LooksLikeJson)
            {
                return result;
            }

            try
            {
                using (var document = System.Text.Json.JsonDocument.Parse(response.Body))
                {
                    var root = document.RootElement;
                    if (root.ValueKind == System.Text.Json.JsonValueKind.Object)
                    {
                        result.Message = Text(root, "message");
                        result.DeploymentUuid = Text(root, "deployment_uuid");
                        string valid = Text(root, "valid");
                        result.Valid = valid == "true" ? true : valid == "false" ? false : (bool?)null;
                    }
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Not JSON after all: the result says what was asked, without Coolify's words.
            }

            return result;
        }

        private static string Text(System.Text.Json.JsonElement root, string name) =>
            !root.TryGetProperty(name, out var value) || value.ValueKind == System.Text.Json.JsonValueKind.Null ? null
            : value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : value.GetRawText();

        public override string ToString() => Action + " " + Uuid + ": " + Message;
    }
}
