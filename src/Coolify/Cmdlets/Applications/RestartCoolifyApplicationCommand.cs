using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Applications
{
    /// <summary>Restarts applications' containers without building them again; with -Wait, follows the restart to its end.</summary>
    /// <remarks>
    /// <para>Restart-CoolifyApplication queues a restart-only deployment for each application whose id it is given or that is piped to it: the containers are recreated from the current image, with the current environment variables, and nothing is built. Use Start-CoolifyApplication or Deploy-CoolifyApplication to build.</para>
    /// <para>With -Wait the cmdlet follows each restart until it has ended, as Start-CoolifyApplication -Wait does; -ShowBuildLog (which implies -Wait) shows the restart's log line by line as it runs, and -IncludeHiddenLog adds the commands Coolify hides. Piped ids are sent concurrently, -ThrottleLimit at a time (default 8), and the results come out in input order.</para>
    /// </remarks>
    /// <example>Restart everything tagged backend, after a look
    /// <code>
    /// Get-CoolifyApplication -Tag backend | Restart-CoolifyApplication -WhatIf
    /// </code>
    /// <para>Leave out -WhatIf to restart them.</para>
    /// </example>
    /// <example>Apply changed environment variables
    /// <code>
    /// Get-CoolifyApplication -Name api-backend | Set-CoolifyEnvironmentVariable -Variable @{ LOG_LEVEL = 'debug' }
    /// Get-CoolifyApplication -Name api-backend | Restart-CoolifyApplication -Wait
    /// </code>
    /// <para>Variables are read when the containers start, so a restart applies them without a build.</para>
    /// </example>
    /// <example>Restart and see every step, hidden ones too
    /// <code>
    /// Restart-CoolifyApplication -Uuid app1apibackend0000000000 -ShowBuildLog -IncludeHiddenLog
    /// </code>
    /// <para>Hidden entries show as "$ command" followed by their output.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the applications to restart; strings, or objects with a Uuid or ApplicationUuid property (Get-CoolifyApplication) from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Applications.StartCoolifyApplicationCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Applications.StopCoolifyApplicationCommand"/>
    [Cmdlet(VerbsLifecycle.Restart, "CoolifyApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class RestartCoolifyApplicationCommand : ApplicationDeployActionCmdlet
    {
        /// <summary>After each deployment finished and the application runs, requests its domains until each answers 2xx or 3xx (within -Timeout; else CoolifyUrlNotReady). Implies -Wait.</summary>
        [Parameter]
        public SwitchParameter WaitForUrl { get; set; }

        /// <summary>With -WaitForUrl: the addresses to request instead of the applications' domains. Implies -WaitForUrl.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public System.Uri[] Url { get; set; }

        internal override string Action => "Restart";

        internal override string OperationId => OperationIds.RestartApplicationByUuid;

        internal override void CheckOptions() => BeginUrlCheck(WaitForUrl, Url);

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => WithUrlCheck(DeploymentOf(result), WaitForUrl, Url);
    }
}
