using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using Coolify.Http;
using Coolify.Json;

namespace Coolify.Cmdlets.General
{
    /// <summary>
    /// Calls any route of the Coolify API through the module's connection, error mapping and retries:
    /// for routes no cmdlet covers yet (e.g. /teams/current, /settings/email).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CoolifyRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject), typeof(string))]
    public sealed class InvokeCoolifyRequestCommand : CoolifyCmdlet
    {
        /// <summary>Path below /api/v1, e.g. /teams/current.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        [Parameter(Position = 1)]
        [ValidateSet("GET", "POST", "PATCH", "PUT", "DELETE")]
        public string Method { get; set; } = "GET";

        /// <summary>The JSON body: a hashtable or object (converted to JSON), or a JSON string as is.</summary>
        [Parameter(ValueFromPipeline = true)]
        public object Body { get; set; }

        /// <summary>Query parameters: @{ lines = 50; show_timestamps = $true }.</summary>
        [Parameter]
        public IDictionary Query { get; set; }

        /// <summary>Write the answer's body as one string instead of objects.</summary>
        [Parameter]
        public SwitchParameter Raw { get; set; }

        protected override void ProcessRecord()
        {
            string method = Method.ToUpperInvariant();
            string path = "/" + Path.Trim().TrimStart('/');
            string problem = CheckPath(path);
            if (problem != null)
            {
                WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument, "-Path " + problem)
                {
                    RecommendedAction = "Give the path below /api/v1, such as /teams/current, and pass query parameters with -Query.",
                }.ToErrorRecord(Path));
                return;
            }

            byte[] body;
            try
            {
                body = EncodeBody(Body);
            }
            catch (JsonException ex)
            {
                WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument, "-Body is a string but not valid JSON: " + ex.Message, ex).ToErrorRecord(Body));
                return;
            }

            if (method != "GET" && !ShouldProcess(ActiveConnection.Url + "/api/v1" + path, method))
            {
                return;
            }

            var request = new ApiRequest(new ApiOperation("Custom", method, path, "custom", "Invoke-CoolifyRequest")) { Body = body, Target = path };
            if (Query != null)
            {
                foreach (DictionaryEntry entry in Query)
                {
                    object value = entry.Value is PSObject pso ? pso.BaseObject : entry.Value;
                    request.AddQuery(Convert.ToString(entry.Key, CultureInfo.InvariantCulture),
                        value is bool b ? (b ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture));
                }
            }

            Run(request, WriteAnswer);
        }

        private void WriteAnswer(ApiResponse response)
        {
            if (Raw || !response.LooksLikeJson)
            {
                if (response.Body.Length > 0)
                {
                    WriteObject(response.Text);
                }

                return;
            }

            using (var document = JsonDocument.Parse(response.Body))
            {
                object value = JsonMapper.ToPlain(document.RootElement, pascalCase: false);
                WriteObject(value, enumerateCollection: true);
            }
        }

        internal static string CheckPath(string path)
        {
            foreach (char c in path)
            {
                if (!(char.IsLetterOrDigit(c) && c < 128) && c != '/' && c != '-' && c != '_' && c != '.')
                {
                    return "'" + path + "' contains " + (c == '?' ? "'?': give query parameters with -Query" : "'" + c + "', which a Coolify route never has") + ".";
                }
            }

            foreach (string segment in path.Split('/'))
            {
                if (segment == ".." || segment == ".")
                {
                    return "'" + path + "' contains a '" + segment + "' segment, which could leave the API.";
                }
            }

            return null;
        }

        private static byte[] EncodeBody(object body)
        {
            object value = body is PSObject pso ? pso.BaseObject : body;
            switch (value)
            {
                case null:
                    return null;
                case string json:
                    using (JsonDocument.Parse(json))
                    {
                        return Encoding.UTF8.GetBytes(json);
                    }

                case IDictionary dictionary:
                    return JsonBody.Serialize(dictionary);
                default:
                    // A PSCustomObject or any object: its properties become the JSON object's fields.
                    var fields = new Dictionary<string, object>(StringComparer.Ordinal);
                    foreach (var property in PSObject.AsPSObject(body).Properties)
                    {
                        fields[property.Name] = property.Value;
                    }

                    return JsonBody.Serialize(fields);
            }
        }
    }
}
