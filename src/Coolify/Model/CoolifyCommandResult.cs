using System;

namespace Coolify
{
    /// <summary>
    /// A command Invoke-CoolifyCommand ran once in the container of an application or a service, through a
    /// scheduled task that was deleted afterwards: how it ended and what it printed.
    /// </summary>
    public sealed class CoolifyCommandResult : CoolifyObject
    {
        /// <summary>Application or Service: what Uuid names.</summary>
        public string ResourceType { get; internal set; }

        /// <summary>The command as it was run (Coolify runs it with sh -c in the container).</summary>
        public string Command { get; internal set; }

        /// <summary>The container it ran in, when one was named (-Container); null for the resource's only container.</summary>
        public string Container { get; internal set; }

        /// <summary>success or failed, as Coolify recorded the execution.</summary>
        public string Status { get; internal set; }

        /// <summary>What the command printed (standard output and error together), as Coolify stored it; on a failure Coolify's own reason when the command did not start.</summary>
        public string Output { get; internal set; }

        /// <summary>0 for a success; for a failure the exit code when Coolify reports it (only when the command printed nothing), else null.</summary>
        public int? ExitCode { get; internal set; }

        /// <summary>When the execution started (UTC, as Coolify reports it).</summary>
        public DateTime? Started { get; internal set; }

        /// <summary>When it ended.</summary>
        public DateTime? Finished { get; internal set; }

        /// <summary>Seconds it ran, as Coolify measured it.</summary>
        public double? Duration { get; internal set; }

        /// <summary>Coolify's id of the execution (of a task that no longer exists).</summary>
        public string ExecutionUuid { get; internal set; }

        public override string ToString() => Output ?? string.Empty;
    }
}
