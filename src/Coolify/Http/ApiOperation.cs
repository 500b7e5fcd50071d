using System;
using System.Collections.Generic;

namespace Coolify.Http
{
    /// <summary>One operation of the Coolify REST API, as the OpenAPI document names it, and the cmdlet that serves it.</summary>
    internal sealed class ApiOperation
    {
        internal ApiOperation(string tag, string method, string pathTemplate, string operationId, string cmdlet, bool legacyGetAction = false, bool beyondDocument = false)
        {
            Tag = tag;
            Method = method;
            PathTemplate = pathTemplate;
            OperationId = operationId;
            Cmdlet = cmdlet;
            LegacyGetAction = legacyGetAction;
            BeyondDocument = beyondDocument;
        }

        /// <summary>A route the server has that the OpenAPI document lacks (build/server-rules.psd1 gives it).</summary>
        internal bool BeyondDocument { get; }

        internal string Tag { get; }

        /// <summary>Upper-case HTTP method: GET, POST, PATCH, PUT or DELETE.</summary>
        internal string Method { get; }

        /// <summary>Path below /api/v1 with {placeholders}, e.g. /services/{uuid}/start.</summary>
        internal string PathTemplate { get; }

        internal string OperationId { get; }

        internal string Cmdlet { get; }

        /// <summary>
        /// Coolify before v4.2 served this action with GET; v4.2 and later answer GET with 405.
        /// Such an operation answered 405 to POST is sent once more with GET.
        /// </summary>
        internal bool LegacyGetAction { get; }

        internal bool IsRead => string.Equals(Method, "GET", StringComparison.Ordinal);

        private IReadOnlyList<string> _placeholders;

        /// <summary>The names of the path's {placeholders}, in order; worked out once per operation.</summary>
        internal IReadOnlyList<string> Placeholders => _placeholders ?? (_placeholders = ReadPlaceholders(PathTemplate));

        private static List<string> ReadPlaceholders(string template)
        {
            var names = new List<string>();
            int start = template.IndexOf('{');
            while (start >= 0)
            {
                int end = template.IndexOf('}', start);
                names.Add(template.Substring(start + 1, end - start - 1));
                start = template.IndexOf('{', end);
            }

            return names;
        }

        public override string ToString() => Method + " " + PathTemplate + " (" + OperationId + ")";
    }
}
