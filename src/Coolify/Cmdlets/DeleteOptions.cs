using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;
using Coolify.Text;

namespace Coolify.Cmdlets
{
    /// <summary>
    /// What a change takes with it, in the words of -WhatIf and -Confirm: deleting an application, a database
    /// or a service takes its volumes, configuration files and connected networks and runs a Docker cleanup
    /// unless told not to (ApiCmdlet sends every such flag explicitly, so the server's defaults never decide
    /// silently).
    /// </summary>
    internal static class DeleteOptions
    {
        /// <summary>
        /// A change with what goes with it and what stays: "Delete application x with its volumes and connected
        /// networks (keeping its configuration files), then run Docker cleanup". Phrases that all start with
        /// "its" share it. A null cleanup says nothing of Docker cleanup.
        /// </summary>
        internal static string Describe(string action, IReadOnlyList<string> with, IReadOnlyList<string> kept, bool? cleanup)
        {
            string text = action;
            if (with.Count > 0)
            {
                text += " with " + Phrases(with);
            }

            if (kept.Count > 0)
            {
                text += " (keeping " + Phrases(kept) + ")";
            }

            return text + (cleanup == null ? string.Empty : cleanup.Value ? ", then run Docker cleanup" : ", without Docker cleanup");
        }

        private static string Phrases(IReadOnlyList<string> items)
        {
            const string Its = "its ";
            bool shared = items.All(i => i.StartsWith(Its, StringComparison.Ordinal));
            return shared ? Its + Words.List(items.Select(i => i.Substring(Its.Length)).ToList()) : Words.List(items);
        }
    }

    /// <summary>
    /// -SkipDockerCleanup and the older -DockerCleanup of the stop cmdlets. Coolify runs a Docker cleanup on
    /// the server after a stop unless docker_cleanup=false is sent, so the flag is always sent.
    /// </summary>
    internal static class DockerCleanupOption
    {
        /// <summary>The docker_cleanup value to send: false for -SkipDockerCleanup or -DockerCleanup:$false, true otherwise.</summary>
        internal static bool Value(PSCmdlet cmdlet, SwitchParameter dockerCleanup, SwitchParameter skipDockerCleanup) =>
            !(skipDockerCleanup.IsPresent || (cmdlet.MyInvocation.BoundParameters.ContainsKey("DockerCleanup") && !dockerCleanup.IsPresent));

        /// <summary>Stops the command (before anything is sent) when -SkipDockerCleanup and -DockerCleanup are both given.</summary>
        internal static void Check(PSCmdlet cmdlet, SwitchParameter dockerCleanup, SwitchParameter skipDockerCleanup)
        {
            if (skipDockerCleanup.IsPresent && dockerCleanup.IsPresent)
            {
                cmdlet.ThrowTerminatingError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                    "-SkipDockerCleanup and -DockerCleanup contradict each other; give one of them. Nothing was sent.")
                {
                    RecommendedAction = "Leave both out to let Coolify clean up after the stop (its default), or give -SkipDockerCleanup to skip the cleanup.",
                }.ToErrorRecord(null));
            }
        }
    }
}
