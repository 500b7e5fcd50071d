using System;

namespace Coolify.Cmdlets
{
    /// <summary>
    /// Coolify ids are 24 (older instances: 7) lowercase letters and digits, never GUIDs. Anything that
    /// could change the route (/, ?, #, .., %, whitespace, control characters) is refused before a
    /// request is built.
    /// </summary>
    internal static class IdValidator
    {
        internal const int MaxLength = 64;

        /// <summary>Null when the id may be sent, else the reason it may not, as the end of a sentence.</summary>
        internal static string Check(string value)
        {
            if (value == null || value.Length == 0)
            {
                return "is empty. A Coolify id is needed.";
            }

            if (LooksLikeObject(value))
            {
                return "got '" + Shorten(value) + "', which is an object without a Uuid property, not an id.";
            }

            if (value.Length > MaxLength)
            {
                return "is " + value.Length + " characters long; Coolify ids are at most " + MaxLength + ".";
            }

            foreach (char c in value)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
                if (!ok)
                {
                    return "'" + Shorten(value) + "' contains " + Describe(c) + "; Coolify ids contain only letters and digits.";
                }
            }

            return null;
        }

        private static bool LooksLikeObject(string value) =>
            value.StartsWith("@{", StringComparison.Ordinal)
            || value.StartsWith("System.", StringComparison.Ordinal)
            || value.StartsWith("Microsoft.", StringComparison.Ordinal);

        private static string Describe(char c)
        {
            if (char.IsControl(c))
            {
                return "a control character (U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ")";
            }

            if (char.IsWhiteSpace(c))
            {
                return "white space";
            }

            return "'" + c + "'";
        }

        private static string Shorten(string value)
        {
            var clean = new System.Text.StringBuilder();
            foreach (char c in value.Length > 40 ? value.Substring(0, 40) : value)
            {
                clean.Append(char.IsControl(c) ? '?' : c);
            }

            return value.Length > 40 ? clean + "…" : clean.ToString();
        }
    }
}
