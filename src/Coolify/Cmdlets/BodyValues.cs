using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text;
using Coolify.Http;
using Coolify.Text;

namespace Coolify.Cmdlets
{
    /// <summary>Conversions from what users type in a shell to what Coolify's request bodies expect.</summary>
    internal static class BodyValues
    {
        /// <summary>Coolify wants compose files, Dockerfiles and labels base64-encoded; users give plain text.</summary>
        internal static string Base64(string text) =>
            text == null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

        /// <summary>@{ app = 'https://a.example.com'; api = 'https://b.example.com','https://c.example.com' } as Coolify's [{name, url}].</summary>
        internal static List<JsonBody> Urls(IDictionary urls)
        {
            if (urls == null)
            {
                return null;
            }

            var list = new List<JsonBody>();
            foreach (DictionaryEntry entry in urls)
            {
                object value = PowerShellValues.Unwrap(entry.Value);
                string joined = value is IEnumerable many && !(value is string)
                    ? string.Join(",", many.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))
                    : Convert.ToString(value, CultureInfo.InvariantCulture);
                list.Add(new JsonBody().Add("name", Convert.ToString(entry.Key, CultureInfo.InvariantCulture)).Add("url", joined));
            }

            return list;
        }
    }
}
