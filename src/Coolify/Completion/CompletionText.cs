using System.Text.RegularExpressions;

namespace Coolify.Completion
{
    /// <summary>What the user typed, and what to insert, with PowerShell's quoting rules.</summary>
    internal static class CompletionText
    {
        // A bare word PowerShell reads back as the same string: no spaces, quotes, operators or
        // sigils, and not starting with a digit (127.0.0.1:8000 would not stay a string).
        private static readonly Regex Bare = new Regex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$", RegexOptions.CultureInvariant);

        internal static string Unquote(string word)
        {
            word = word ?? string.Empty;
            return word.Length > 0 && (word[0] == '\'' || word[0] == '"') ? word.Substring(1).TrimEnd(word[0]) : word;
        }

        internal static string Quote(string value) =>
            Bare.IsMatch(value) ? value : "'" + value.Replace("'", "''") + "'";
    }
}
