using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using Coolify.Http;
using Coolify.Json;
using Coolify.Text;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>A variable as Coolify listed it; Hidden when its value did not come back (no read:sensitive, or shown-once).</summary>
    internal sealed class ListedVariable
    {
        internal ListedVariable(CoolifyEnvironmentVariable variable, bool hidden)
        {
            Variable = variable;
            Hidden = hidden;
        }

        internal CoolifyEnvironmentVariable Variable { get; }

        internal bool Hidden { get; }

        internal string Key => Variable.Key;
    }

    /// <summary>What Export- and Import-CoolifyEnvironmentVariable share: paths, reading .env files, listing variables.</summary>
    internal static class EnvironmentFile
    {
        // Far above any real .env file; a bigger file is the wrong file, and is refused before it is read into memory.
        internal const int MaxBytes = 1024 * 1024;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>-Path as a file-system path; relative paths are taken from PowerShell's current location, not the process's.</summary>
        internal static string Resolve(PSCmdlet cmdlet, string path)
        {
            string resolved;
            ProviderInfo provider;
            try
            {
                resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
            }
            catch (Exception ex) when (ex is SessionStateException || ex is NotSupportedException || ex is ArgumentException)
            {
                throw new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument, "-Path " + path + ": " + ex.Message, ex);
            }

            if (!string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase))
            {
                throw new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                    "-Path " + path + " is on the " + provider.Name + " provider; give a file path.");
            }

            return resolved;
        }

        /// <summary>The entries of a .env file; any problem is one CoolifyException naming the file (and the line), so nothing is sent.</summary>
        internal static List<(string Key, string Value, int LineNumber)> Read(string path)
        {
            byte[] bytes;
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    throw new CoolifyException(CoolifyErrorId.EnvFileNotFound, ErrorCategory.ObjectNotFound, "There is no file " + path + ".");
                }

                if (info.Length > MaxBytes)
                {
                    throw new CoolifyException(CoolifyErrorId.InvalidEnvFile, ErrorCategory.InvalidData,
                        path + " is " + info.Length.ToString(CultureInfo.InvariantCulture) + " bytes, more than a .env file holds; nothing was sent.");
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
            {
                throw new CoolifyException(CoolifyErrorId.EnvFileAccess, ErrorCategory.ReadError, "Could not read " + path + ": " + ex.Message, ex);
            }

            try
            {
                return DotEnv.Parse(Decode(bytes));
            }
            catch (DotEnvException ex)
            {
                throw new CoolifyException(CoolifyErrorId.InvalidEnvFile, ErrorCategory.InvalidData,
                    path + ", line " + ex.LineNumber.ToString(CultureInfo.InvariantCulture) + ": " + ex.Reason + " Nothing was sent.", ex)
                {
                    RecommendedAction = "Fix that line: KEY=value, KEY=\"value with spaces or \\n escapes\", KEY='literal value', or a # comment.",
                };
            }
        }

        /// <summary>File bytes as text: UTF-8 (with or without BOM), or UTF-16 with a BOM, which Windows PowerShell 5.1's Out-File writes.</summary>
        internal static string Decode(byte[] bytes)
        {
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                return new UnicodeEncoding(bytes[0] == 0xFE, false).GetString(bytes, 2, bytes.Length - 2);
            }

            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            var text = new StringBuilder(bytes.Length);
            int line = 1;

            // A line at a time, so that bytes which are not UTF-8 are reported with their line;
            // 0x0A never occurs inside a multi-byte UTF-8 sequence, so splitting there is safe.
            while (true)
            {
                int end = Array.IndexOf(bytes, (byte)'\n', start);
                int stop = end < 0 ? bytes.Length : end + 1;
                try
                {
                    text.Append(StrictUtf8.GetString(bytes, start, stop - start));
                }
                catch (DecoderFallbackException)
                {
                    throw new DotEnvException(line, "the file is not UTF-8 text (is it binary?); save it as UTF-8.");
                }

                if (end < 0)
                {
                    return text.ToString();
                }

                start = end + 1;
                line++;
            }
        }

        /// <summary>
        /// The listed variables. Coolify leaves the value field out when it hides a value and sends null
        /// for an empty one, so presence, not null, tells the two apart.
        /// </summary>
        internal static ListedVariable[] ReadListed(ApiRequest request, ApiResponse response)
        {
            using (var document = response.ParseJson(request))
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Array)
                {
                    return Array.Empty<ListedVariable>();
                }

                return root.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => new ListedVariable(JsonMapper.Map<CoolifyEnvironmentVariable>(e), !e.TryGetProperty("value", out _)))
                    .Where(v => !string.IsNullOrEmpty(v.Key))
                    .ToArray();
            }
        }

        /// <summary>Keys for a message: "A, B and C" (values are never named).</summary>
        internal static string KeyList(IEnumerable<string> keys)
        {
            var list = keys.ToList();
            return list.Count <= 1 ? string.Join(string.Empty, list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1];
        }
    }
}
