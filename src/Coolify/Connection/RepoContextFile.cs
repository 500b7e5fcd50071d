using System.IO;
using System.Management.Automation;
using System.Text.Json;
using Coolify.Http;

namespace Coolify.Connection
{
    /// <summary>
    /// The coolify CLI's repository-local context file (.coolify.json or .coolifyrc, {"context": "name"}) in the
    /// current folder or one of its parents: it names the CLI context a repository deploys to.
    /// </summary>
    internal static class RepoContextFile
    {
        private static readonly string[] Names = { ".coolify.json", ".coolifyrc" };

        /// <summary>The nearest context file from <paramref name="folder"/> upwards, or null; <paramref name="context"/> is the context it names.</summary>
        internal static string Find(string folder, out string context)
        {
            context = null;
            for (var dir = string.IsNullOrEmpty(folder) ? null : new DirectoryInfo(folder); dir != null; dir = dir.Parent)
            {
                foreach (string name in Names)
                {
                    string path = Path.Combine(dir.FullName, name);
                    if (File.Exists(path))
                    {
                        context = Read(path);
                        return path;
                    }
                }
            }

            return null;
        }

        private static string Read(string path)
        {
            try
            {
                using (var document = JsonDocument.Parse(File.ReadAllText(path)))
                {
                    if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("context", out var value)
                        && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
                    {
                        return value.GetString().Trim();
                    }
                }
            }
            catch (JsonException)
            {
                // Reported below with the file's name.
            }
            catch (IOException)
            {
            }

            throw new CoolifyException(CoolifyErrorId.CliConfigInvalid, ErrorCategory.InvalidData,
                "The context file " + path + " does not name a context: it must hold {\"context\": \"<name>\"}.")
            {
                RecommendedAction = "Fix the file (coolify context use <name> writes the CLI's own), or remove it to connect without it.",
            };
        }
    }
}
