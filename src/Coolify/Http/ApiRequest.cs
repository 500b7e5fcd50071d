using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Coolify.Http
{
    /// <summary>A request ready to send: the operation, its path with ids filled in, query and JSON body.</summary>
    internal sealed class ApiRequest
    {
        private readonly List<KeyValuePair<string, string>> _query = new List<KeyValuePair<string, string>>();

        internal ApiRequest(ApiOperation operation, params string[] pathValues)
        {
            Operation = operation ?? throw new ArgumentNullException(nameof(operation));
            Path = FillPath(operation.PathTemplate, pathValues);
            Target = pathValues != null && pathValues.Length > 0 ? pathValues[pathValues.Length - 1] : null;
        }

        internal ApiOperation Operation { get; }

        /// <summary>Path below /api/v1, ids escaped.</summary>
        internal string Path { get; }

        /// <summary>JSON body (UTF-8), or null for none.</summary>
        internal byte[] Body { get; set; }

        /// <summary>What an error is about: the resource id, shown as the ErrorRecord's TargetObject.</summary>
        internal object Target { get; set; }

        internal IReadOnlyList<KeyValuePair<string, string>> Query => _query;

        internal ApiRequest AddQuery(string name, string value)
        {
            if (value != null)
            {
                _query.Add(new KeyValuePair<string, string>(name, value));
            }

            return this;
        }

        internal ApiRequest AddQuery(string name, bool? value) =>
            value.HasValue ? AddQuery(name, value.Value ? "true" : "false") : this;

        internal ApiRequest AddQuery(string name, int? value) =>
            value.HasValue ? AddQuery(name, value.Value.ToString(CultureInfo.InvariantCulture)) : this;

        internal ApiRequest WithBody(JsonBody body)
        {
            Body = body?.ToUtf8();
            return this;
        }

        internal string PathAndQuery()
        {
            if (_query.Count == 0)
            {
                return Path;
            }

            var sb = new StringBuilder(Path).Append('?');
            for (int i = 0; i < _query.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append('&');
                }

                sb.Append(Uri.EscapeDataString(_query[i].Key)).Append('=').Append(Uri.EscapeDataString(_query[i].Value));
            }

            return sb.ToString();
        }

        private static string FillPath(string template, string[] values)
        {
            var sb = new StringBuilder(template.Length + 32);
            int next = 0;
            for (int i = 0; i < template.Length; i++)
            {
                char c = template[i];
                if (c != '{')
                {
                    sb.Append(c);
                    continue;
                }

                int end = template.IndexOf('}', i);
                if (values == null || next >= values.Length)
                {
                    throw new ArgumentException("The path " + template + " needs more values than were given.", nameof(values));
                }

                // Ids were validated before this point; escaping is the second line of defence so that
                // nothing a user types can change which route is called.
                sb.Append(Uri.EscapeDataString(values[next++] ?? string.Empty));
                i = end;
            }

            return sb.ToString();
        }
    }
}
