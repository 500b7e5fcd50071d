using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Coolify.Text
{
    /// <summary>A .env file that can not be read. The message names the line and the reason, never a value: values are secrets.</summary>
    internal sealed class DotEnvException : Exception
    {
        internal DotEnvException(int lineNumber, string reason)
            : base("Line " + lineNumber.ToString(CultureInfo.InvariantCulture) + ": " + reason)
        {
            LineNumber = lineNumber;
            Reason = reason;
        }

        internal int LineNumber { get; }

        internal string Reason { get; }
    }

    /// <summary>
    /// Reads and writes .env files as docker compose and python-dotenv do: comments, an optional
    /// "export " prefix, single quotes taken literally, double quotes with escapes, values over
    /// several lines inside quotes. References such as $OTHER are kept as written: Coolify expands
    /// them itself unless the variable is literal.
    /// </summary>
    internal static class DotEnv
    {
        private static readonly Regex KeyPattern = new Regex(@"^[A-Za-z_][A-Za-z0-9_.-]*\z", RegexOptions.CultureInvariant);

        /// <summary>The entries of a .env file in file order, each with the line it starts on.</summary>
        internal static List<(string Key, string Value, int LineNumber)> Parse(string text)
        {
            CheckCharacters(text);
            var entries = new List<(string Key, string Value, int LineNumber)>();
            var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
            int pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            int line = 1;
            while (pos < text.Length)
            {
                int end = LineEnd(text, pos);
                int start = SkipBlanks(text, pos, end);
                if (start == end || text[start] == '#')
                {
                    pos = end + 1;
                    line++;
                    continue;
                }

                int entryLine = line;
                start = SkipExport(text, start, end);
                int eq = text.IndexOf('=', start, end - start);
                if (eq < 0)
                {
                    throw new DotEnvException(line, "there is no '='; each line is KEY=value, a # comment or blank.");
                }

                string key = text.Substring(start, eq - start).TrimEnd(' ', '\t');
                if (!IsValidKey(key))
                {
                    throw new DotEnvException(line, "the name before '=' is not a variable name (letters, digits, '_', '.' and '-', not starting with a digit).");
                }

                if (firstLine.TryGetValue(key, out int first))
                {
                    throw new DotEnvException(line, key + " is defined twice, on lines " + first.ToString(CultureInfo.InvariantCulture)
                        + " and " + line.ToString(CultureInfo.InvariantCulture) + ".");
                }

                int v = SkipBlanks(text, eq + 1, end);
                string value;
                if (v < end && (text[v] == '"' || text[v] == '\''))
                {
                    value = ReadQuoted(text, v, key, ref line, out int after);
                    end = LineEnd(text, after);
                    int rest = SkipBlanks(text, after, end);
                    if (rest < end && text[rest] != '#')
                    {
                        throw new DotEnvException(line, "there is text after the closing quote of " + key + "; put the whole value inside the quotes.");
                    }
                }
                else
                {
                    value = Unquoted(text, v, end);
                }

                firstLine[key] = entryLine;
                entries.Add((key, value, entryLine));
                pos = end + 1;
                line++;
            }

            return entries;
        }

        /// <summary>Text that <see cref="Parse"/> reads back to exactly these keys and values, one line per key (LF line ends).</summary>
        internal static string Format(IEnumerable<(string Key, string Value)> variables)
        {
            var text = new StringBuilder();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in variables)
            {
                if (!IsValidKey(key))
                {
                    throw new ArgumentException("'" + key + "' is not a name a .env file can hold.");
                }

                if (!seen.Add(key))
                {
                    throw new ArgumentException(key + " is given twice; a .env file holds one value per key.");
                }

                text.Append(key).Append('=').Append(Quote(key, value ?? string.Empty)).Append('\n');
            }

            return text.ToString();
        }

        internal static bool IsValidKey(string key) => key != null && KeyPattern.IsMatch(key);

        private static string Quote(string key, string value)
        {
            bool plain = true;
            foreach (char c in value)
            {
                if (IsForbidden(c))
                {
                    throw new ArgumentException("The value of " + key + " holds a control character, which a .env file can not hold.");
                }

                // Anything that could start a quote, a comment, an escape or (for docker compose) a
                // reference, and any white space, makes the value quoted.
                plain &= !char.IsWhiteSpace(c) && c != '#' && c != '"' && c != '\'' && c != '\\' && c != '$' && c != '`';
            }

            if (plain)
            {
                return value;
            }

            // Single quotes are literal in every dotenv dialect, so they are the safest choice.
            if (value.IndexOf('\'') < 0 && value.IndexOf('\n') < 0 && value.IndexOf('\r') < 0)
            {
                return "'" + value + "'";
            }

            var quoted = new StringBuilder(value.Length + 8).Append('"');
            foreach (char c in value)
            {
                quoted.Append(c == '\\' ? "\\\\" : c == '"' ? "\\\"" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c.ToString());
            }

            return quoted.Append('"').ToString();
        }

        private static string ReadQuoted(string text, int open, string key, ref int line, out int after)
        {
            char quote = text[open];
            int openLine = line;
            var value = new StringBuilder();
            for (int i = open + 1; i < text.Length; i++)
            {
                char c = text[i];
                if (c == quote)
                {
                    after = i + 1;
                    return value.ToString();
                }

                if (c == '\n')
                {
                    line++;
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    // A line break inside quotes is "\n" whichever editor saved the file.
                    continue;
                }
                else if (c == '\\' && quote == '"' && i + 1 < text.Length)
                {
                    string escaped = Unescape(text[i + 1]);
                    if (escaped != null)
                    {
                        value.Append(escaped);
                        i++;
                        continue;
                    }
                }

                value.Append(c);
            }

            throw new DotEnvException(openLine, "the " + (quote == '"' ? "double" : "single") + " quote that starts the value of " + key + " is never closed.");
        }

        // Unknown escapes such as \$ stay as written, as in docker compose.
        private static string Unescape(char c) =>
            c == 'n' ? "\n" : c == 'r' ? "\r" : c == 't' ? "\t" : c == '"' ? "\"" : c == '\\' ? "\\" : null;

        private static string Unquoted(string text, int start, int end)
        {
            for (int i = start + 1; i < end; i++)
            {
                if (text[i] == '#' && (text[i - 1] == ' ' || text[i - 1] == '\t'))
                {
                    end = i;
                    break;
                }
            }

            return text.Substring(start, end - start).Trim(' ', '\t', '\r');
        }

        private static void CheckCharacters(string text)
        {
            int line = 1;
            foreach (char c in text)
            {
                if (c == '\n')
                {
                    line++;
                }
                else if (IsForbidden(c))
                {
                    throw new DotEnvException(line, "there is a control character (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                        + "), so this is not a text .env file (is it binary?).");
                }
            }
        }

        // "export KEY=value" is shell syntax that many .env files keep; "export=1" is a key named export.
        private static int SkipExport(string text, int start, int end)
        {
            if (end - start > 7 && string.CompareOrdinal(text, start, "export", 0, 6) == 0 && (text[start + 6] == ' ' || text[start + 6] == '\t'))
            {
                int next = SkipBlanks(text, start + 6, end);
                return next < end && text[next] != '=' ? next : start;
            }

            return start;
        }

        private static int LineEnd(string text, int pos)
        {
            int end = text.IndexOf('\n', pos);
            return end < 0 ? text.Length : end;
        }

        private static int SkipBlanks(string text, int pos, int end)
        {
            while (pos < end && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r'))
            {
                pos++;
            }

            return pos;
        }

        private static bool IsForbidden(char c) => (c < ' ' && c != '\t' && c != '\r' && c != '\n') || c == '\u007F';
    }
}
