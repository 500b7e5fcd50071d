using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using Coolify.Http;
using Coolify.Json;
using Coolify.Text;

namespace Coolify.Cmdlets.General
{
    /// <summary>Calls any route of the Coolify API through the module's connection, error handling and retries.</summary>
    /// <remarks>
    /// <para>Invoke-CoolifyRequest is for the routes no cmdlet covers yet, such as those a newer Coolify release adds. It sends one request to /api/v1 plus -Path with the default connection (or -Connection), and handles it like every other cmdlet: the token stays out of the output, errors carry the module's ErrorIds, a 429 is waited out, and -Verbose shows method, path, status and time.</para>
    /// <para>A JSON answer is written as objects (an array as one object per item) with Coolify's own field names; -Raw writes the body as one string. -Body takes a hashtable or object, which is sent as JSON, or a JSON string as it is. Query parameters go in -Query, not in -Path.</para>
    /// <para>Any method but GET is a change: -WhatIf shows it without sending it, and -Confirm asks first.</para>
    /// </remarks>
    /// <example>Read the current team
    /// <code>
    /// Invoke-CoolifyRequest -Path /teams/current
    /// </code>
    /// <para>The answer is converted from JSON, with Coolify's field names.</para>
    /// </example>
    /// <example>Read an application's logs with query parameters
    /// <code>
    /// Invoke-CoolifyRequest -Path /applications/app0webfrontend000000000/logs -Query @{ lines = 50; show_timestamps = $true }
    /// </code>
    /// <para>Query values are sent as text; $true and $false as true and false.</para>
    /// </example>
    /// <example>Send a change with a body
    /// <code>
    /// Invoke-CoolifyRequest -Path /projects -Method POST -Body @{ name = 'intranet'; description = 'internal tools' } -WhatIf
    /// </code>
    /// <para>-WhatIf shows the request without sending it; leave it out to create the project.</para>
    /// </example>
    /// <example>Get the raw answer
    /// <code>
    /// Invoke-CoolifyRequest -Path /version -Raw
    /// </code>
    /// <para>Writes the body as text, e.g. 4.0.0-beta.420.</para>
    /// </example>
    /// <seealso href="https://coolify.io/docs/api/overview">Coolify API reference</seealso>
    [Cmdlet(VerbsLifecycle.Invoke, "CoolifyRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject), typeof(string))]
    public sealed class InvokeCoolifyRequestCommand : CoolifyCmdlet
    {
        /// <summary>Path below /api/v1, e.g. /teams/current.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        /// <summary>The HTTP method: GET (the default), POST, PATCH, PUT or DELETE.</summary>
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

        protected override void ProcessItem()
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
                    object value = PowerShellValues.Unwrap(entry.Value);
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
            object value = PowerShellValues.Unwrap(body);
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
