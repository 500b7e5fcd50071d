using System.Collections.Generic;
using System.Management.Automation;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Applications
{
    /// <summary>What Start- and Restart-CoolifyApplication share: each queues a deployment, whose build log -ShowBuildLog shows as it runs.</summary>
    public abstract class ApplicationDeployActionCmdlet : ApplicationActionCmdlet
    {
        /// <summary>Shows each new line of the build log as the deployment runs, once each and in order, as Write-Host would (the Information stream, tag CoolifyBuildLog; 6> captures it), each line starting with [application name] when several deployments are followed. Implies -Wait. Needs a token with read:sensitive (or root); without it a warning says so once and the command goes on waiting.</summary>
        [Parameter]
        public SwitchParameter ShowBuildLog { get; set; }

        /// <summary>With -ShowBuildLog: also the lines Coolify hides in its dashboard (its housekeeping commands, each shown as "$ command" before its output). Implies -ShowBuildLog.</summary>
        [Parameter]
        public SwitchParameter IncludeHiddenLog { get; set; }

        internal bool ShowsBuildLog => ShowBuildLog.IsPresent || IncludeHiddenLog.IsPresent;

        internal override bool Waits => Wait.IsPresent || ShowsBuildLog;

        internal override void BeforeWait(IReadOnlyList<WaitTarget> targets)
        {
            if (ShowsBuildLog)
            {
                BuildLogFollower.Attach(targets, IncludeHiddenLog.IsPresent);
            }
        }
    }
}
