using System.Collections.Generic;
using System.Management.Automation;
using Coolify.Cmdlets;
using Coolify.Http;

namespace Coolify.Waiting
{
    /// <summary>One thing a -Wait watches: a deployment, or the status of a service, database or application.</summary>
    internal abstract class WaitTarget
    {
        protected WaitTarget(CoolifyActionResult result, string label, CoolifyConnection connection)
        {
            Result = result;
            Label = label;
            Connection = connection;
        }

        /// <summary>The instance the action went to; polls go there, whatever the pipeline holds by then.</summary>
        internal CoolifyConnection Connection { get; }

        /// <summary>What the action answered; its Status is filled in as the wait goes.</summary>
        internal CoolifyActionResult Result { get; }

        /// <summary>The target in words for progress and errors, e.g. "deployment gk4… of web-frontend".</summary>
        internal string Label { get; }

        internal string Status { get; set; } = "queued";

        internal bool Done { get; private set; }

        internal CoolifyException Failure { get; private set; }

        /// <summary>Asks Coolify once where things stand, and marks the target done or failed.</summary>
        internal abstract void Poll(CoolifyCmdlet cmdlet, PollRound round);

        /// <summary>Marks the target failed when the wait's -Timeout ran out before it ended.</summary>
        internal virtual void TimeOut(int seconds) => Fail(Status, WaitErrors.Timeout(this, seconds));

        internal void Succeed(string status)
        {
            Status = status;
            Result.Status = status;
            Done = true;
        }

        internal void Fail(string status, CoolifyException failure)
        {
            Status = status;
            Result.Status = status;
            Failure = failure;
            Done = true;
        }
    }

    /// <summary>What one polling round has fetched already, so many targets cost one request where they can.</summary>
    internal sealed class PollRound
    {
        private readonly Dictionary<CoolifyConnection, Dictionary<string, string>> _activeDeployments = new Dictionary<CoolifyConnection, Dictionary<string, string>>();

        /// <summary>Deployment id to status for every queued or running deployment of the team, fetched once per round and instance.</summary>
        internal IReadOnlyDictionary<string, string> ActiveDeployments(CoolifyCmdlet cmdlet, CoolifyConnection connection)
        {
            if (!_activeDeployments.TryGetValue(connection, out var active))
            {
                active = new Dictionary<string, string>();
                var request = new ApiRequest(ApiOperations.Get(OperationIds.ListDeployments));
                var response = cmdlet.Send(connection, request);
                foreach (var deployment in CoolifyCmdlet.ReadArray<CoolifyDeployment>(request, response))
                {
                    if (deployment.DeploymentUuid != null)
                    {
                        active[deployment.DeploymentUuid] = deployment.Status;
                    }
                }

                _activeDeployments[connection] = active;
            }

            return active;
        }
    }

    internal static class WaitErrors
    {
        internal static CoolifyException Timeout(WaitTarget target, int seconds) =>
            new CoolifyException(CoolifyErrorId.WaitTimeout, ErrorCategory.OperationTimeout,
                "Stopped waiting after " + seconds + " s: " + target.Label + " is still " + target.Status + ".")
            {
                PerItem = true,
                RecommendedAction = "Wait longer with -Timeout, or follow it later with Wait-CoolifyDeployment or Get-CoolifyApplication.",
            };
    }
}
