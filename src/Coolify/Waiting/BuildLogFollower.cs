using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Coolify.Cmdlets;

namespace Coolify.Waiting
{
    /// <summary>
    /// -ShowBuildLog: writes each new line of the build logs the waited deployments have, once and in order,
    /// as Write-Host does (an InformationRecord whose MessageData is a HostInformationMessage, tags
    /// CoolifyBuildLog and PSHOST, so it shows by default and 6> captures it). One follower serves every
    /// deployment of a command; each DeploymentTarget keeps how far its log has been written.
    /// </summary>
    internal sealed class BuildLogFollower
    {
        /// <summary>The tag of every build-log record, to pick them out of the Information stream.</summary>
        internal const string Tag = "CoolifyBuildLog";

        private static readonly string[] Tags = { Tag, "PSHOST" };

        private BuildLogFollower(bool includeHidden, bool prefix)
        {
            IncludeHidden = includeHidden;
            Prefix = prefix;
        }

        /// <summary>Also the entries Coolify marks hidden (its housekeeping commands).</summary>
        internal bool IncludeHidden { get; }

        /// <summary>True when several deployments are followed: each line starts with [application name].</summary>
        internal bool Prefix { get; }

        /// <summary>
        /// True once Coolify answered a deployment without its log (the token lacks read:sensitive): the warning
        /// has been written, and the targets go back to polling the status only.
        /// </summary>
        internal bool LogsHidden { get; private set; }

        /// <summary>Gives every deployment among the targets the follower; the name prefix is on when there are several.</summary>
        internal static void Attach(IReadOnlyList<WaitTarget> targets, bool includeHidden)
        {
            // A site check (-WaitForUrl) wraps the deployment it follows first.
            var deployments = targets.Select(t => t is UrlTarget url ? url.Before : t).OfType<DeploymentTarget>().ToList();
            var follower = new BuildLogFollower(includeHidden, deployments.Count > 1);
            foreach (var target in deployments)
            {
                target.BuildLog = follower;
            }
        }

        /// <summary>Writes the lines of the deployment's log that are new since the last call for this target.</summary>
        internal void Show(CoolifyCmdlet cmdlet, DeploymentTarget target, CoolifyDeployment deployment)
        {
            if (deployment.Logs == null)
            {
                if (!LogsHidden)
                {
                    LogsHidden = true;
                    cmdlet.WriteWarning("-ShowBuildLog: Coolify sent no build log for " + target.Label
                        + ": it shows build logs only to tokens with read:sensitive (or root). Waiting without the log.");
                }

                return;
            }

            var entries = DeploymentLog.Parse(deployment.Logs, includeHidden: true);
            string prefix = Prefix ? "[" + (deployment.ApplicationName ?? target.ApplicationUuid ?? target.DeploymentUuid) + "] " : string.Empty;
            for (int i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];

                // Coolify numbers entries (order); an old plain-text log has none, and then the position counts.
                long key = entry.Order ?? (i + 1);
                if (key <= target.LogWritten)
                {
                    continue;
                }

                target.LogWritten = key;
                if (entry.Hidden == true && !IncludeHidden)
                {
                    continue;
                }

                foreach (string line in Lines(entry))
                {
                    var message = new HostInformationMessage { Message = prefix + line, NoNewLine = false };
                    if (string.Equals(entry.Type, "stderr", StringComparison.OrdinalIgnoreCase))
                    {
                        message.ForegroundColor = ConsoleColor.Red;
                    }

                    cmdlet.WriteInformation(message, Tags);
                }
            }
        }

        // An entry's output, one line each; a hidden entry (only shown with -IncludeHiddenLog) starts with its command.
        private static IEnumerable<string> Lines(CoolifyDeploymentLogEntry entry)
        {
            if (entry.Hidden == true && !string.IsNullOrEmpty(entry.Command))
            {
                yield return "$ " + entry.Command;
            }

            if (string.IsNullOrEmpty(entry.Output))
            {
                yield break;
            }

            foreach (string line in entry.Output.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
            {
                yield return line;
            }
        }
    }
}
