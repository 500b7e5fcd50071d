using System;
using System.Collections.Generic;
using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Deployments
{
    /// <summary>Waits until deployments have ended and writes them; a failed or cancelled one is an error with the end of its build log.</summary>
    /// <remarks>
    /// <para>Wait-CoolifyDeployment follows deployments that are already queued or running, e.g. those Start-, Restart- or Deploy-CoolifyApplication started without -Wait, or those Get-CoolifyDeployment lists. It polls each until Coolify reports finished, failed or cancelled-by-user, showing progress, and writes the final deployments.</para>
    /// <para>A failed or cancelled deployment is an error (ErrorId CoolifyDeploymentFailed or CoolifyDeploymentCancelled) whose message ends with the last lines of its build log. When the application is known (action results carry it), its status is checked once after finished; a container that did not start is CoolifyNotRunning. A deployment still going after -Timeout seconds is CoolifyWaitTimeout. Ctrl+C stops waiting, not the deployments.</para>
    /// <para>-ShowBuildLog shows each new line of the build logs once, in order, while the deployments run, as Write-Host does (the Information stream, tag CoolifyBuildLog; 6> captures it); lines already written when the wait starts come first, and with several deployments each line starts with [application name]. -IncludeHiddenLog adds the lines Coolify hides. The log needs read:sensitive: without it a warning says so once and the wait goes on.</para>
    /// </remarks>
    /// <example>Start deployments now, wait for them later
    /// <code>
    /// $started = Get-CoolifyApplication -Tag backend | Start-CoolifyApplication
    /// # ... other work ...
    /// $started | Wait-CoolifyDeployment -Timeout 1200
    /// </code>
    /// <para>The action results bind -DeploymentUuid and -ApplicationUuid.</para>
    /// </example>
    /// <example>Wait for whatever is deploying now
    /// <code>
    /// Get-CoolifyDeployment | Wait-CoolifyDeployment
    /// </code>
    /// <para>Useful before maintenance: ends when the queue is empty.</para>
    /// </example>
    /// <example>Wait for one deployment by id
    /// <code>
    /// Wait-CoolifyDeployment -DeploymentUuid dep0webfrontend000000001
    /// </code>
    /// <para>Writes the deployment once it has ended.</para>
    /// </example>
    /// <example>Follow a deployment started elsewhere, with its build log
    /// <code>
    /// Start-CoolifyApplication -Uuid app2worker00000000000000 | Wait-CoolifyDeployment -ShowBuildLog
    /// </code>
    /// <para>Shows the log line by line until the deployment ends, then writes the deployment.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Deployments.DeployCoolifyApplicationCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Deployments.GetCoolifyDeploymentLogCommand"/>
    [Cmdlet(VerbsLifecycle.Wait, "CoolifyDeployment")]
    [OutputType(typeof(CoolifyDeployment))]
    public sealed class WaitCoolifyDeploymentCommand : CoolifyCmdlet
    {
        private readonly List<DeploymentTarget> _targets = new List<DeploymentTarget>();
        private readonly List<WaitTarget> _waiting = new List<WaitTarget>();

        /// <summary>Ids of the deployments; the output of Start-, Restart- or Deploy-CoolifyApplication and Get-CoolifyDeployment binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] DeploymentUuid { get; set; }

        /// <summary>The application deployed; when known (piped action results carry it as Uuid), its status is checked once the build has finished.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Uuid")]
        [AllowNull]
        [AllowEmptyString]
        public string ApplicationUuid { get; set; }

        /// <summary>Shows each new line of the build logs as the deployments run, once each and in order, as Write-Host would (the Information stream, tag CoolifyBuildLog; 6> captures it), each line starting with [application name] when several deployments are followed. Lines already in the log when the wait starts are shown first. Needs a token with read:sensitive (or root); without it a warning says so once and the command goes on waiting.</summary>
        [Parameter]
        public SwitchParameter ShowBuildLog { get; set; }

        /// <summary>With -ShowBuildLog: also the lines Coolify hides in its dashboard (its housekeeping commands, each shown as "$ command" before its output). Implies -ShowBuildLog.</summary>
        [Parameter]
        public SwitchParameter IncludeHiddenLog { get; set; }

        /// <summary>Seconds to wait at most (default 1800).</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int Timeout { get; set; } = 1800;

        /// <summary>After each deployment finished and the application runs, requests the application's domains until each answers 2xx or 3xx (within -Timeout; else CoolifyUrlNotReady). Needs the application (-ApplicationUuid, or piped action results) or -Url.</summary>
        [Parameter]
        public SwitchParameter WaitForUrl { get; set; }

        /// <summary>The addresses to request after the deployment instead of the application's domains. Implies -WaitForUrl.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public Uri[] Url { get; set; }

        protected override void BeginProcessing() => UrlTarget.CheckUrls(this, Url);

        protected override void ProcessItem()
        {
            if (string.IsNullOrEmpty(ApplicationUuid))
            {
                ApplicationUuid = null;
            }
            else if (!IsValidId(ApplicationUuid, "ApplicationUuid"))
            {
                return;
            }

            foreach (string uuid in DeploymentUuid ?? new string[] { null })
            {
                if (IsValidId(uuid, "DeploymentUuid") && CanCheckUrls(uuid))
                {
                    var result = new CoolifyActionResult
                    {
                        Uuid = ApplicationUuid,
                        ResourceType = ApplicationUuid != null ? "Application" : "Deployment",
                        Action = "Deploy",
                        DeploymentUuid = uuid,
                    };
                    var target = new DeploymentTarget(result, uuid, ApplicationUuid, ActiveConnection);
                    _targets.Add(target);
                    _waiting.Add(UrlTarget.After(target, WaitForUrl, Url, Timeout));
                }
            }
        }

        protected override void EndItems()
        {
            if (ShowBuildLog.IsPresent || IncludeHiddenLog.IsPresent)
            {
                BuildLogFollower.Attach(_targets, IncludeHiddenLog.IsPresent);
            }

            Waiter.Run(this, _waiting, Timeout, "Waiting for " + _targets.Count + " deployment(s)");
            // What was waited for is the deployment, or the URL check after it; the deployment is what is written.
            DeploymentTarget DeploymentOf(WaitTarget waited) => waited as DeploymentTarget ?? (DeploymentTarget)((UrlTarget)waited).Before;
            Waiter.WriteResults(this, _waiting,
                waited =>
                {
                    AddUrlStatus(DeploymentOf(waited));
                    return DeploymentOf(waited).Deployment;
                },
                waited => DeploymentOf(waited).DeploymentUuid);
        }

        /// <summary>-WaitForUrl needs URLs: -Url, or the application whose domains to request.</summary>
        private bool CanCheckUrls(string deploymentUuid)
        {
            if (!WaitForUrl || Url != null || ApplicationUuid != null)
            {
                return true;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                "-WaitForUrl requests the application's domains, and the application of deployment " + deploymentUuid + " is not known. Not waiting for it.")
            {
                RecommendedAction = "Give -ApplicationUuid, pipe the result of Start-, Restart- or Deploy-CoolifyApplication, or give the addresses with -Url.",
            }.ToErrorRecord(deploymentUuid));
            return false;
        }

        /// <summary>With -WaitForUrl: the URLs checked and their status, as the deployment's UrlStatus property.</summary>
        private void AddUrlStatus(DeploymentTarget target)
        {
            if ((WaitForUrl || Url != null) && target.Deployment != null)
            {
                target.Deployment.AddExtra("UrlStatus", target.Result.UrlStatus ?? Array.Empty<CoolifyUrlStatus>());
            }
        }
    }
}
