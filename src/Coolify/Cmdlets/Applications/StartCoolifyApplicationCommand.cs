using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Applications
{
    /// <summary>Deploys applications (Coolify's start); with -Wait, follows each deployment to its end.</summary>
    /// <remarks>
    /// <para>For an application, Coolify's start is a deployment: Start-CoolifyApplication queues one for each application whose id it is given or that is piped to it, and writes what Coolify answered, with the new DeploymentUuid. -ForceRebuild builds without Docker's cache; -InstantDeploy starts the deployment at once instead of queueing it behind others.</para>
    /// <para>With -Wait the cmdlet follows each deployment (Write-Progress shows its status and time) until Coolify reports finished, failed or cancelled-by-user, and writes the final deployment. A failed or cancelled build is an error (CoolifyDeploymentFailed, CoolifyDeploymentCancelled) whose message ends with the last lines of the build log; an application that finished building but did not start is CoolifyNotRunning; a wait longer than -Timeout is CoolifyWaitTimeout. Polling needs a token that can read.</para>
    /// <para>-ShowBuildLog shows each new line of the build log once, in order, while the deployment runs, as Write-Host does (the Information stream, tag CoolifyBuildLog; 6> captures it); with several applications each line starts with [application name]. -IncludeHiddenLog adds the lines Coolify hides. -ShowBuildLog implies -Wait, and needs read:sensitive to see the log: without it a warning says so once and the command goes on waiting.</para>
    /// <para>Piped ids are sent concurrently, -ThrottleLimit at a time (default 8), and the results come out in input order; -WhatIf and -Confirm are answered per application before anything is sent.</para>
    /// </remarks>
    /// <example>Deploy an application and wait for the result
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Start-CoolifyApplication -Wait
    /// </code>
    /// <para>Ends with the finished deployment, or with an error that carries the end of the build log.</para>
    /// </example>
    /// <example>Rebuild without cache
    /// <code>
    /// Start-CoolifyApplication -Uuid app1apibackend0000000000 -ForceRebuild -InstantDeploy
    /// </code>
    /// <para>Writes the queued deployment's id at once.</para>
    /// </example>
    /// <example>Deploy everything tagged prod, four at a time
    /// <code>
    /// Get-CoolifyApplication -Tag prod | Start-CoolifyApplication -ThrottleLimit 4 -Wait -ErrorAction Stop
    /// </code>
    /// <para>In a CI job, -ErrorAction Stop fails the job on the first failed build.</para>
    /// </example>
    /// <example>Watch the build as it runs
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Start-CoolifyApplication -ShowBuildLog
    /// </code>
    /// <para>The build log's lines appear as Coolify writes them, then the finished deployment.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the applications to deploy; strings, or objects with a Uuid or ApplicationUuid property (Get-CoolifyApplication) from the pipeline.</parameter>
    /// <parameter name="Wait">Follows each deployment until it has ended and writes it; a failed or cancelled build is an error with the end of its build log.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Deployments.DeployCoolifyApplicationCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Deployments.WaitCoolifyDeploymentCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Deployments.GetCoolifyDeploymentLogCommand"/>
    [Cmdlet(VerbsLifecycle.Start, "CoolifyApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StartCoolifyApplicationCommand : ApplicationDeployActionCmdlet
    {
        /// <summary>Build again without Docker's cache.</summary>
        [Parameter]
        public SwitchParameter ForceRebuild { get; set; }

        /// <summary>Start the deployment at once instead of queueing it behind others.</summary>
        [Parameter]
        public SwitchParameter InstantDeploy { get; set; }

        /// <summary>After each deployment finished and the application runs, requests its domains until each answers 2xx or 3xx (within -Timeout; else CoolifyUrlNotReady). Implies -Wait.</summary>
        [Parameter]
        public SwitchParameter WaitForUrl { get; set; }

        /// <summary>With -WaitForUrl: the addresses to request instead of the applications' domains. Implies -WaitForUrl.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public System.Uri[] Url { get; set; }

        internal override string Action => "Start";

        internal override string OperationId => OperationIds.StartApplicationByUuid;

        internal override void AddOptions(ApiRequest request) => request
            .AddQuery("force", ForceRebuild.IsPresent ? true : (bool?)null)
            .AddQuery("instant_deploy", InstantDeploy.IsPresent ? true : (bool?)null);

        internal override void CheckOptions() => BeginUrlCheck(WaitForUrl, Url);

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => WithUrlCheck(DeploymentOf(result), WaitForUrl, Url);
    }
}
