using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using Coolify.Cmdlets;
using Coolify.Cmdlets.Api;
using Coolify.Http;
using Coolify.Text;

namespace Coolify.Completion
{
    /// <summary>
    /// The list request that names the resources a cmdlet acts on: the GET list operation of
    /// Get-&lt;Noun&gt; (Start-CoolifyApplication lists with Get-CoolifyApplication's GET /applications).
    /// Lists below a parent (GET /services/{uuid}/applications) are used when the parent's id is
    /// already on the command line.
    /// </summary>
    internal static class ListSource
    {
        private static readonly Lazy<Dictionary<string, Type>> CmdletTypes = new Lazy<Dictionary<string, Type>>(FindCmdletTypes);

        /// <summary>The request to send, or null when the cmdlet's noun has no list, or its parent id is missing or not an id.</summary>
        internal static ApiRequest For(string commandName, IDictionary fakeBoundParameters)
        {
            string name = commandName ?? string.Empty;
            name = name.Substring(name.LastIndexOf('\\') + 1);
            int dash = name.IndexOf('-');
            if (dash < 0)
            {
                return null;
            }

            string getCmdlet = "Get-" + name.Substring(dash + 1);
            var lists = ApiOperations.All
                .Where(o => o.IsRead && string.Equals(o.Cmdlet, getCmdlet, StringComparison.OrdinalIgnoreCase) && !EndsWithPlaceholder(o.PathTemplate))
                .OrderBy(o => o.Placeholders.Count);
            foreach (var operation in lists)
            {
                var placeholders = operation.Placeholders;
                if (placeholders.Count == 0)
                {
                    return new ApiRequest(operation);
                }

                var values = placeholders.Select(p => ParentId(getCmdlet, p, fakeBoundParameters)).ToArray();
                if (values.All(v => v != null))
                {
                    return new ApiRequest(operation, values);
                }
            }

            return null;
        }

        /// <summary>The id the command line gives for a placeholder, by the name Get-&lt;Noun&gt; gives that placeholder's parameter.</summary>
        private static string ParentId(string getCmdlet, string placeholder, IDictionary fakeBoundParameters)
        {
            if (fakeBoundParameters == null || !CmdletTypes.Value.TryGetValue(getCmdlet, out var type))
            {
                return null;
            }

            var parameter = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.GetCustomAttribute<ApiPathAttribute>() is ApiPathAttribute path && path.Name == placeholder && !path.Own);
            if (parameter == null || !fakeBoundParameters.Contains(parameter.Name))
            {
                return null;
            }

            object value = fakeBoundParameters[parameter.Name];
            value = PowerShellValues.Unwrap(value);
            if (value is IEnumerable many && !(value is string))
            {
                value = many.Cast<object>().FirstOrDefault();
                value = value is PSObject inner ? inner.BaseObject : value;
            }

            return value is string id && IdValidator.Check(id) == null ? id : null;
        }

        private static bool EndsWithPlaceholder(string template) => template.TrimEnd('/').EndsWith("}", StringComparison.Ordinal);

        private static Dictionary<string, Type> FindCmdletTypes()
        {
            var types = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
            foreach (var type in typeof(ListSource).Assembly.GetExportedTypes())
            {
                if (type.GetCustomAttribute<CmdletAttribute>() is CmdletAttribute cmdlet)
                {
                    types[cmdlet.VerbName + "-" + cmdlet.NounName] = type;
                }
            }

            return types;
        }
    }
}
