using System;
using System.Management.Automation;
using Coolify.Cmdlets;
using Coolify.Http;

namespace Coolify.Waiting
{
    /// <summary>
    /// Waits for a deployment to end: finished, failed or cancelled-by-user (Coolify's only terminal
    /// states). A failure carries the end of the build log. After finished, the application's status is
    /// checked once, because Coolify reports finished even when the new container did not start.
    /// </summary>
    internal sealed class DeploymentTarget : WaitTarget
    {
        private const int LogLines = 15;

        internal DeploymentTarget(CoolifyActionResult result, string deploymentUuid, string applicationUuid, CoolifyConnection connection)
            : base(result, "deployment " + deploymentUuid + (applicationUuid != null ? " of application " + applicationUuid : string.Empty), connection)
        {
            DeploymentUuid = deploymentUuid;
            ApplicationUuid = applicationUuid;
        }

        internal string DeploymentUuid { get; }

        internal string ApplicationUuid { get; private set; }

        /// <summary>The deployment as last fetched, once it has ended.</summary>
        internal CoolifyDeployment Deployment { get; private set; }

        /// <summary>With -ShowBuildLog: writes the log's new lines as the deployment runs; null otherwise.</summary>
        internal BuildLogFollower BuildLog { get; set; }

        /// <summary>The order number of the last build-log entry written (or passed over as hidden).</summary>
        internal long LogWritten { get; set; }

        internal override void Poll(CoolifyCmdlet cmdlet, PollRound round)
        {
            bool follow = BuildLog != null && !BuildLog.LogsHidden;
            if (round.ActiveDeployments(cmdlet, Connection).TryGetValue(DeploymentUuid, out string active))
            {
                Status = active;

                // The list of active deployments (one request a round for all of them) has no logs; with
                // -ShowBuildLog a running one is fetched too, for the lines its log has gained.
                if (!follow || !string.Equals(active, "in_progress", StringComparison.Ordinal))
                {
                    return;
                }
            }

            // Not queued or running any more: fetch it once for the final state (and the log on failure).
            // With -ShowBuildLog, also while it runs.
            var request = new ApiRequest(ApiOperations.Get(OperationIds.GetDeploymentByUuid), DeploymentUuid);
            CoolifyDeployment deployment;
            try
            {
                deployment = CoolifyCmdlet.ReadObject<CoolifyDeployment>(request, cmdlet.Send(Connection, request));
            }
            catch (CoolifyException ex) when (ex.StatusCode == 404)
            {
                // Coolify (4.3.11) answers a start or restart with a deployment id even when the server's deployment
                // queue was full and nothing was queued (ApplicationsController.php:4063-4077, :4267).
                throw new CoolifyException(CoolifyErrorId.ResourceNotFound, ErrorCategory.ObjectNotFound,
                    "Coolify answered with " + Label + ", but has no such deployment: nothing was queued, most likely because the server's deployment queue was full.", ex)
                {
                    RecommendedAction = "Wait for running deployments to end (Get-CoolifyDeployment), then start the application again.",
                    StatusCode = 404,
                };
            }

            if (follow)
            {
                // Before the end is reported, so the last lines come ahead of a failure's error.
                BuildLog.Show(cmdlet, this, deployment);
            }

            Status = deployment.Status ?? "unknown";
            if (Status == "queued" || Status == "in_progress")
            {
                return;
            }

            Deployment = deployment;
            ApplicationUuid = ApplicationUuid ?? deployment.ApplicationId;
            switch (Status)
            {
                case "finished":
                    CheckApplicationRuns(cmdlet);
                    break;
                case "failed":
                    Fail(Status, new CoolifyException(CoolifyErrorId.DeploymentFailed, ErrorCategory.InvalidResult,
                        "The " + Label + " failed." + LogText(deployment))
                    {
                        RecommendedAction = "Read the whole build log with Get-CoolifyDeploymentLog -DeploymentUuid " + DeploymentUuid + ".",
                    });
                    break;
                case "cancelled-by-user":
                    Fail(Status, new CoolifyException(CoolifyErrorId.DeploymentCancelled, ErrorCategory.OperationStopped,
                        "The " + Label + " was cancelled." + LogText(deployment)));
                    break;
                default:
                    // queued or in_progress between the two requests; the next round sees it again.
                    break;
            }
        }

        private void CheckApplicationRuns(CoolifyCmdlet cmdlet)
        {
            if (Result.Uuid == null || !string.Equals(Result.ResourceType, "Application", StringComparison.Ordinal))
            {
                Succeed("finished");
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(OperationIds.GetApplicationByUuid), Result.Uuid);
            var application = CoolifyCmdlet.ReadObject<CoolifyApplication>(request, cmdlet.Send(Connection, request));
            string status = application.Status ?? string.Empty;
            if (status.StartsWith("running", StringComparison.OrdinalIgnoreCase) || status.Length == 0)
            {
                Succeed("finished");
                return;
            }

            Fail("finished", new CoolifyException(CoolifyErrorId.NotRunning, ErrorCategory.InvalidResult,
                "The " + Label + " finished, but the application is " + status + ": its container did not start or stopped again.")
            {
                RecommendedAction = "Look at the container log with Get-CoolifyLog -ApplicationUuid " + Result.Uuid + ".",
            });
        }

        private static string LogText(CoolifyDeployment deployment)
        {
            if (deployment.Logs == null)
            {
                return " (The build log is hidden: the token lacks read:sensitive.)";
            }

            string tail = DeploymentLog.Tail(DeploymentLog.Parse(deployment.Logs), LogLines);
            return tail.Length == 0 ? string.Empty : " Last lines of the build log:" + Environment.NewLine + tail;
        }
    }
}
