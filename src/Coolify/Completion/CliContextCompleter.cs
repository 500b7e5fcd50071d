using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Coolify.Connection;

namespace Coolify.Completion
{
    /// <summary>Completes Connect-Coolify -Context with the coolify CLI's context names (never anything else from the file).</summary>
    public sealed class CliContextCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string configPath = fakeBoundParameters?["ConfigPath"] is string given && given.Length > 0 ? ExpandHome(given) : null;
            string typed = CompletionText.Unquote(wordToComplete);
            return CliConfigFile.TryRead(CliConfigFile.Resolve(configPath))
                .Where(c => !string.IsNullOrEmpty(c.Name) && c.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(c => new CompletionResult(CompletionText.Quote(c.Name), c.Name, CompletionResultType.ParameterValue,
                    (c.Url ?? c.Name) + (c.IsDefault ? " (default)" : string.Empty)))
                .ToArray();
        }

        private static string ExpandHome(string path) =>
            path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal)
                ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path.Substring(1)
                : Path.GetFullPath(path);
    }
}
