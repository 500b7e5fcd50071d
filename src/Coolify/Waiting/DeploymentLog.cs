using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Coolify.Waiting
{
    /// <summary>
    /// Coolify keeps a deployment's build log as a JSON string inside the JSON answer: an array of
    /// {command, output, type, timestamp, hidden, batch, order}. This decodes it a second time.
    /// </summary>
    internal static class DeploymentLog
    {
        internal static IReadOnlyList<CoolifyDeploymentLogEntry> Parse(string logs, bool includeHidden = false)
        {
            var entries = new List<CoolifyDeploymentLogEntry>();
            if (string.IsNullOrWhiteSpace(logs))
            {
                return entries;
            }

            try
            {
                using (var document = JsonDocument.Parse(logs))
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Array)
                    {
                        return entries;
                    }

                    foreach (var item in document.RootElement.EnumerateArray())
                    {
                        var entry = Json.JsonMapper.Map<CoolifyDeploymentLogEntry>(item);
                        if (includeHidden || entry.Hidden != true)
                        {
                            entries.Add(entry);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // An older Coolify stored plain text; show it as it is rather than nothing.
                entries.AddRange(logs.Replace("\r\n", "\n").Split('\n').Select(line => new CoolifyDeploymentLogEntry { Output = line }));
            }

            return entries.OrderBy(e => e.Order ?? long.MaxValue).ToList();
        }

        /// <summary>The last lines of output, one line each, for an error message.</summary>
        internal static string Tail(IReadOnlyList<CoolifyDeploymentLogEntry> entries, int lines)
        {
            var text = entries.SelectMany(e => (e.Output ?? string.Empty).Replace("\r\n", "\n").Split('\n'))
                .Where(l => l.Trim().Length > 0).ToList();
            return string.Join(Environment.NewLine, text.Skip(Math.Max(0, text.Count - lines)));
        }
    }
}
