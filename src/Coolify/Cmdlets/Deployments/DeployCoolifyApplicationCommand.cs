using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json;
using Coolify.Completion;
using Coolify.Http;
using Coolify.Json;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Deployments
{
    /// <summary>Deploys applications (and services or databases) by id or by tag; with -Wait, follows every deployment to its end.</summary>
    /// <remarks>
    /// <para>Deploy-CoolifyApplication calls Coolify's /deploy route, as Git webhooks and CI pipelines do. It takes ids (-Uuid, plain strings or piped applications) or tags (-Tag deploys every resource that carries one of them) and writes one result per deployment Coolify queued, with its DeploymentUuid. -ForceRebuild rebuilds without Docker's cache; -PullRequest deploys the preview of a pull request, and -DockerTag picks the image of a Docker Image application's preview.</para>
    /// <para>With -Wait it follows every deployment it started (Write-Progress shows status and time; Ctrl+C stops waiting, not the deployments) until Coolify reports finished, failed or cancelled-by-user, and writes the final deployments. A failed or cancelled build is an error (ErrorId CoolifyDeploymentFailed or CoolifyDeploymentCancelled) whose message ends with the last lines of the build log, so -ErrorAction Stop fails a CI job with the reason in its output. After finished, the application's status is checked once, because Coolify can report a finished deployment whose container did not start (CoolifyNotRunning). Waiting longer than -Timeout seconds (default 1800) is CoolifyWaitTimeout.</para>
    /// <para>-ShowBuildLog shows the build log as it is written: every new line once and in order while the deployment runs, through the Information stream as Write-Host does (tag CoolifyBuildLog), so it shows in the console and a CI log, and 6> or 6>&amp;1 captures it. With several deployments each line starts with [application name]. Hidden lines (Coolify's housekeeping commands) stay hidden unless -IncludeHiddenLog. -ShowBuildLog implies -Wait. While showing the log, each running deployment is fetched once a polling round besides the one list request, at most every 3 s: about 20 requests a minute for each deployment in progress, on top of the one list request a round. Coolify sends build logs only to tokens with read:sensitive (or root); without it a warning says so once and the command waits as -Wait does.</para>
    /// <para>-WaitForUrl (it implies -Wait) checks that the site answers too: once a deployment has finished and the application runs, each of its domains (its fqdn), or the -Url addresses, is requested until it answers with a 2xx or 3xx status; an answer of the old container during the build does not count. A URL still not answering when -Timeout runs out is an error CoolifyUrlNotReady naming the URL and its last status or network error, and each result gets UrlStatus, the URLs checked and how they answered. These requests use the connection's proxy and certificate check, never its token or extra headers.</para>
    /// <para>Piped ids are sent concurrently, -ThrottleLimit at a time (default 8); a deploy request is never sent twice, even after a server error, so no second deployment is queued by accident. Waiting needs a token that can read as well as deploy; with a deploy-only token -Wait says so before anything is deployed.</para>
    /// </remarks>
    /// <example>Deploy from a CI job and fail the job on a failed build
    /// <code>
    /// Connect-Coolify   # COOLIFY_URL and COOLIFY_TOKEN come from the job's secrets
    /// Get-CoolifyApplication -Name web-frontend | Deploy-CoolifyApplication -Wait -Timeout 900 -ErrorAction Stop
    /// </code>
    /// <para>The job fails with the end of the build log in its output when the build fails.</para>
    /// </example>
    /// <example>Deploy everything tagged prod and wait for all of it
    /// <code>
    /// Deploy-CoolifyApplication -Tag prod -Wait
    /// </code>
    /// <para>Writes each finished deployment; each failure is an error of its own.</para>
    /// </example>
    /// <example>Rebuild without cache, by id
    /// <code>
    /// 'app0webfrontend000000000', 'app1apibackend0000000000' | Deploy-CoolifyApplication -ForceRebuild
    /// </code>
    /// <para>Plain ids can be piped. The result of each has the DeploymentUuid to follow with Wait-CoolifyDeployment.</para>
    /// </example>
    /// <example>Deploy the preview of a pull request
    /// <code>
    /// Deploy-CoolifyApplication -Uuid app0webfrontend000000000 -PullRequest 42 -WhatIf
    /// </code>
    /// <para>-WhatIf shows what would be deployed; leave it out to deploy.</para>
    /// </example>
    /// <example>Deploy everything tagged prod and keep the build logs in a file
    /// <code>
    /// Deploy-CoolifyApplication -Tag prod -ShowBuildLog 6> ./build.log
    /// </code>
    /// <para>-ShowBuildLog waits and writes each build-log line as it appears; with two deployments each line starts with [web-frontend] or [api-backend]. 6> sends the lines to the file instead of the console; leave it out to watch them.</para>
    /// </example>
    /// <example>Deploy, then wait until the site answers
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Deploy-CoolifyApplication -WaitForUrl -Timeout 900 -ErrorAction Stop
    /// </code>
    /// <para>Ends when the build has finished and every domain of the application answers 2xx or 3xx; the result's UrlStatus shows each URL's status.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Deployments.WaitCoolifyDeploymentCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Deployments.GetCoolifyDeploymentLogCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Applications.StartCoolifyApplicationCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Applications.TestCoolifyApplicationUrlCommand"/>
    /// <seealso href="https://coolify.io/docs/api/overview">Coolify API reference</seealso>
    [Cmdlet("Deploy", "CoolifyApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UuidSet)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class DeployCoolifyApplicationCommand : CoolifyCmdlet
    {
        private const string UuidSet = "Uuid";
        private const string TagSet = "Tag";
        private readonly List<WaitTarget> _waiting = new List<WaitTarget>();

        /// <summary>Ids of the applications (services and databases are accepted too); piped applications bind it.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = UuidSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ApplicationUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        /// <summary>Deploy every resource that carries one of these tags.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TagSet)]
        [ValidateNotNullOrEmpty]
        public string[] Tag { get; set; }

        /// <summary>Build again without Docker's cache (Coolify's force); the same switch as on Start-CoolifyApplication.</summary>
        [Parameter]
        public SwitchParameter ForceRebuild { get; set; }

        /// <summary>Kept for scripts written for 0.2.0, where it meant -ForceRebuild; it still does, with a warning. -Force means "skip the confirmation" on every other cmdlet.</summary>
        [Parameter(DontShow = true)]
        public SwitchParameter Force { get; set; }

        private bool Rebuild => ForceRebuild.IsPresent || Force.IsPresent;

        /// <summary>Deploy the preview of this pull request instead of the main branch.</summary>
        [Parameter(ParameterSetName = UuidSet)]
        [ValidateRange(1, int.MaxValue)]
        public int PullRequest { get; set; }

        /// <summary>For Docker Image applications: the image tag of the preview to deploy (needs -PullRequest).</summary>
        [Parameter(ParameterSetName = UuidSet)]
        [ValidateNotNullOrEmpty]
        public string DockerTag { get; set; }

        /// <summary>Waits until every deployment has ended; failed or cancelled ones are errors with the end of the build log.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>Shows each new line of the build logs as the deployments run, once each and in order, as Write-Host would (the Information stream, tag CoolifyBuildLog; 6> captures it), each line starting with [application name] when several deployments are followed. Implies -Wait. Needs a token with read:sensitive (or root); without it a warning says so once and the command goes on waiting.</summary>
        [Parameter]
        public SwitchParameter ShowBuildLog { get; set; }

        /// <summary>With -ShowBuildLog: also the lines Coolify hides in its dashboard (its housekeeping commands, each shown as "$ command" before its output). Implies -ShowBuildLog.</summary>
        [Parameter]
        public SwitchParameter IncludeHiddenLog { get; set; }

        private bool ShowsBuildLog => ShowBuildLog.IsPresent || IncludeHiddenLog.IsPresent;

        // -ShowBuildLog implies -Wait: the log is shown while waiting.
        private bool Waits => Wait.IsPresent || ShowsBuildLog;

        /// <summary>With -Wait: seconds to wait at most (default 1800); longer is an error with ErrorId CoolifyWaitTimeout.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int Timeout { get; set; } = 1800;

        /// <summary>How many deploy requests to send at once for piped ids (default 8).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = ResourceActionCmdlet.DefaultThrottleLimit;

        /// <summary>After each deployment finished and the application runs, requests its domains until each answers 2xx or 3xx (within -Timeout; else CoolifyUrlNotReady). Implies -Wait.</summary>
        [Parameter]
        public SwitchParameter WaitForUrl { get; set; }

        /// <summary>With -WaitForUrl: the addresses to request instead of the applications' domains. Implies -WaitForUrl.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public System.Uri[] Url { get; set; }

        protected override void BeginProcessing()
        {
            BeginUrlCheck();
            if (Force.IsPresent)
            {
                WriteWarning("Deploy-CoolifyApplication -Force is now -ForceRebuild (a rebuild without cache); -Force will mean only 'skip the confirmation', as on every other cmdlet, in a later version.");
            }

            if (DockerTag != null && !MyInvocation.BoundParameters.ContainsKey(nameof(PullRequest)))
            {
                ThrowTerminatingError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                    "-DockerTag picks the image of a preview deployment, so it needs -PullRequest. Nothing was sent.")
                { RecommendedAction = "Add -PullRequest <number>." }.ToErrorRecord(DockerTag));
            }

            if (Waits)
            {
                Waiter.RequireRead(this, "each deployment");
            }
        }

        protected override void ProcessItem()
        {
            if (ParameterSetName == TagSet)
            {
                if (ShouldProcess("resources tagged " + string.Join(", ", Tag), "Deploy"))
                {
                    SendDeploy(new ApiRequest(ApiOperations.Get(OperationIds.DeployByTagOrUuid)).AddQuery("tag", string.Join(",", Tag)));
                }

                return;
            }

            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (IsValidId(uuid, "Uuid") && ShouldProcess("application " + uuid, "Deploy"))
                {
                    var request = new ApiRequest(ApiOperations.Get(OperationIds.DeployByTagOrUuid)).AddQuery("uuid", uuid);
                    request.Target = uuid;
                    SendDeploy(request);
                }
            }
        }

        internal override int Concurrency => ThrottleLimit;

        protected override void EndItems()
        {
            if (ShowsBuildLog)
            {
                BuildLogFollower.Attach(_waiting, IncludeHiddenLog.IsPresent);
            }

            Waiter.Run(this, _waiting, Timeout, "Waiting for " + _waiting.Count + " deployment(s)");
            Waiter.WriteResults(this, _waiting);
        }

        private void SendDeploy(ApiRequest request)
        {
            request.AddQuery("force", Rebuild ? true : (bool?)null)
                .AddQuery("pull_request_id", MyInvocation.BoundParameters.ContainsKey(nameof(PullRequest)) ? PullRequest : (int?)null)
                .AddQuery("docker_tag", DockerTag);

            // Deploy requests go through the pipeline's rules: a 429 is waited out (Coolify refused it,
            // so nothing was queued); a 5xx or a lost answer is never sent again, which could queue a
            // second deployment.
            Queue(request, response =>
            {
                var results = Results(request, response, out string[] tagMessages);
                if (tagMessages != null)
                {
                    // By tag, Coolify's messages do not line up with the deployments (services and tags without
                    // resources add messages of their own), so they are shown as they came, not paired.
                    foreach (string said in tagMessages)
                    {
                        if (results.Count == 0)
                        {
                            WriteWarning("Coolify: " + said);
                        }
                        else
                        {
                            WriteVerbose("Coolify: " + said);
                        }
                    }
                }

                foreach (var result in results)
                {
                    if (!Waits)
                    {
                        WriteResource(result);
                    }
                    else if (result.DeploymentUuid != null)
                    {
                        _waiting.Add(WithUrlCheck(new DeploymentTarget(result, result.DeploymentUuid, result.Uuid, ActiveConnection)));
                    }
                    else
                    {
                        WriteWarning("Coolify queued no deployment for " + result.Uuid + " (" + result.Message + "); not waiting for it.");
                        WriteResource(result);
                    }
                }
            });
        }

        /// <summary>-WaitForUrl and -Url: checked before anything is sent, and they imply -Wait.</summary>
        private void BeginUrlCheck()
        {
            UrlTarget.CheckUrls(this, Url);
            if (WaitForUrl || Url != null)
            {
                Wait = true;
            }
        }

        /// <summary>With -WaitForUrl, the deployment's target followed by the check of the application's URLs.</summary>
        private WaitTarget WithUrlCheck(WaitTarget deployment) => UrlTarget.After(deployment, WaitForUrl, Url, Timeout);

        /// <summary>
        /// Both answers of /deploy: {deployments:[{message, resource_uuid, deployment_uuid}]} for ids, and
        /// {message:[…], details:[{resource_uuid, deployment_uuid}]} for tags, whose messages come out separately
        /// (DeployController.php:477-515 adds messages for services and empty tags that have no detail).
        /// </summary>
        private static List<CoolifyActionResult> Results(ApiRequest request, ApiResponse response, out string[] tagMessages)
        {
            var results = new List<CoolifyActionResult>();
            tagMessages = null;
            using (var document = response.ParseJson(request))
            {
                var root = document.RootElement;
                JsonElement m = default;
                bool byTag = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out m) && m.ValueKind == JsonValueKind.Array;
                if (byTag)
                {
                    tagMessages = JsonMapper.ToPlain(m) is object[] all ? System.Array.ConvertAll(all, x => x as string) : System.Array.Empty<string>();
                }

                var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty(byTag ? "details" : "deployments", out var list) ? list
                    : root.ValueKind == JsonValueKind.Array ? root : default;
                if (items.ValueKind != JsonValueKind.Array)
                {
                    return results;
                }

                foreach (var item in JsonMapper.MapArray<CoolifyDeploymentRequestItem>(items))
                {
                    results.Add(new CoolifyActionResult
                    {
                        Uuid = item.ResourceUuid,
                        ResourceType = item.DeploymentUuid != null ? "Application" : "Resource",
                        Action = "Deploy",
                        Message = item.Message ?? (byTag ? "Deployment queued." : null),
                        DeploymentUuid = item.DeploymentUuid,
                    });
                }
            }

            return results;
        }
    }
}
