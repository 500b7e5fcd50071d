using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Security;
using Coolify.Text;

namespace Coolify.Cmdlets.Api
{
    /// <summary>Turns what a parameter holds into what goes on the wire.</summary>
    internal static class ApiValues
    {
        /// <summary>A value for a JSON body: switches become booleans, secure strings their text, base64 fields are encoded.</summary>
        internal static object ForBody(object value, bool base64)
        {
            value = Unwrap(value);
            switch (value)
            {
                case SwitchParameter sw:
                    return sw.IsPresent;
                case SecureString secure:
                    return Plain(secure);
                case string text when base64:
                    return BodyValues.Base64(text);
                default:
                    return value;
            }
        }

        /// <summary>A value for the query string: lists are comma-separated, as Coolify's /deploy?uuid=a,b expects.</summary>
        internal static string ForQuery(object value)
        {
            value = Unwrap(value);
            switch (value)
            {
                case null:
                    return null;
                case SwitchParameter sw:
                    return sw.IsPresent ? "true" : "false";
                case bool b:
                    return b ? "true" : "false";
                case string s:
                    return s;
                case IEnumerable many:
                    return string.Join(",", many.Cast<object>().Select(v => Convert.ToString(Unwrap(v), CultureInfo.InvariantCulture)));
                default:
                    return Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }

        internal static string Plain(SecureString secure) => PowerShellValues.Plain(secure);

        private static object Unwrap(object value) => PowerShellValues.Unwrap(value);
    }
}
