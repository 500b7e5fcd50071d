using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using Coolify.Http;

namespace Coolify.Connection
{
    /// <summary>One context (the CLI calls them instances) of the official coolify CLI's config.json.</summary>
    internal sealed class CliContext
    {
        internal string Name { get; set; }

        internal string Url { get; set; }

        internal string Token { get; set; }

        internal bool IsDefault { get; set; }
    }

    /// <summary>
    /// Reads the contexts file of the official coolify CLI (coollabsio/coolify-cli, internal/config):
    /// {"instances": [{"name", "fqdn", "token", "default"}], "lastUpdateCheckTime"}. Read only: the
    /// CLI owns the file. Field names are matched without regard to case, as Go's encoding/json does.
    /// </summary>
    internal static class CliConfigFile
    {
        /// <summary>Points at another contexts file than the CLI's own, e.g. one a CI job writes.</summary>
        internal const string PathVariable = "COOLIFY_CLI_CONFIG";

        /// <summary>-ConfigPath, else COOLIFY_CLI_CONFIG, else where the CLI keeps it.</summary>
        internal static string Resolve(string configPath)
        {
            if (!string.IsNullOrEmpty(configPath))
            {
                return configPath;
            }

            string fromEnvironment = Environment.GetEnvironmentVariable(PathVariable);
            return string.IsNullOrEmpty(fromEnvironment) ? DefaultPath() : fromEnvironment;
        }

        /// <summary>
        /// The CLI's own location: %APPDATA%\coolify\config.json on Windows, ~/.config/coolify/config.json
        /// elsewhere (the CLI uses the home folder, not XDG_CONFIG_HOME).
        /// </summary>
        internal static string DefaultPath()
        {
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (Path.DirectorySeparatorChar == '\\')
            {
                string appData = Environment.GetEnvironmentVariable("APPDATA");
                return string.IsNullOrEmpty(appData)
                    ? Path.Combine(home, "AppData", "Roaming", "coolify", "config.json")
                    : Path.Combine(appData, "coolify", "config.json");
            }

            return Path.Combine(home, ".config", "coolify", "config.json");
        }

        /// <summary>Every context of the file; failures are CoolifyExceptions that never quote the file's text, which holds tokens.</summary>
        internal static IReadOnlyList<CliContext> Read(string path)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                throw new CoolifyException(CoolifyErrorId.CliConfigNotFound, ErrorCategory.ObjectNotFound,
                    "Cannot read the coolify CLI's contexts file " + path + ": " + (ex is FileNotFoundException || ex is DirectoryNotFoundException ? "it does not exist." : ex.Message))
                {
                    RecommendedAction = "Add a context with the CLI (coolify context add <name> <url> <token>), give -ConfigPath, or set " + PathVariable + " to the file.",
                };
            }

            try
            {
                using (var document = JsonDocument.Parse(bytes))
                {
                    var contexts = new List<CliContext>();
                    if (document.RootElement.ValueKind == JsonValueKind.Object && TryGet(document.RootElement, "instances", out var instances)
                        && instances.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in instances.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                        {
                            contexts.Add(new CliContext
                            {
                                Name = Text(item, "name"),
                                Url = Text(item, "fqdn"),
                                Token = Text(item, "token"),
                                IsDefault = TryGet(item, "default", out var isDefault) && isDefault.ValueKind == JsonValueKind.True,
                            });
                        }
                    }

                    return contexts;
                }
            }
            catch (JsonException ex)
            {
                throw new CoolifyException(CoolifyErrorId.CliConfigInvalid, ErrorCategory.InvalidData,
                    "The coolify CLI's contexts file " + path + " is not valid JSON (line " + ((ex.LineNumber ?? 0) + 1) + ").")
                {
                    RecommendedAction = "Fix the file, or list its contexts with: coolify context list.",
                };
            }
        }

        /// <summary>The named context (as the CLI, names match exactly), or the one marked default when name is null.</summary>
        internal static CliContext Find(IReadOnlyList<CliContext> contexts, string name, string path)
        {
            var found = name == null
                ? contexts.FirstOrDefault(c => c.IsDefault)
                : contexts.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal))
                    ?? contexts.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (found != null)
            {
                return found;
            }

            string known = contexts.Count == 0 ? "it has none" : "it has " + string.Join(", ", contexts.Select(c => c.Name + (c.IsDefault ? " (default)" : string.Empty)));
            throw new CoolifyException(CoolifyErrorId.ContextNotFound, ErrorCategory.ObjectNotFound,
                (name == null ? "No context is marked default in " : "No context is named '" + name + "' in ") + path + "; " + known + ".")
            {
                RecommendedAction = name == null
                    ? "Choose one with -Context <name>, or mark one with: coolify context set-default <name>."
                    : "Give one of the names above, or add it with: coolify context add " + name + " <url> <token>.",
            };
        }

        /// <summary>Names of the contexts, for tab completion; nothing when the file cannot be read.</summary>
        internal static IEnumerable<CliContext> TryRead(string path)
        {
            try
            {
                return File.Exists(path) ? Read(path) : Array.Empty<CliContext>();
            }
            catch (CoolifyException)
            {
                return Array.Empty<CliContext>();
            }
        }

        private static string Text(JsonElement item, string field) =>
            TryGet(item, field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static bool TryGet(JsonElement item, string field, out JsonElement value)
        {
            foreach (var property in item.EnumerateObject())
            {
                if (string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
