using System.Collections.Generic;
using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets
{
    /// <summary>
    /// Shared body of the start/stop/restart cmdlets: validate each id, confirm on the pipeline thread,
    /// send the actions concurrently (-ThrottleLimit), write what Coolify answered in input order as
    /// CoolifyActionResult, and with -Wait follow each action until it has ended.
    /// </summary>
    public abstract class ResourceActionCmdlet : CoolifyCmdlet
    {
        /// <summary>How many requests are in flight at once by default: fast for bulk work, and gentle on Coolify's 200-a-minute limit.</summary>
        internal const int DefaultThrottleLimit = 8;

        private readonly List<WaitTarget> _waiting = new List<WaitTarget>();

        /// <summary>Ids of the resources; strings, or piped objects with a Uuid property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServiceUuid", "ApplicationUuid", "DatabaseUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        /// <summary>Waits until the action has ended (a deployment finished, a service running or exited) and writes the final status; a failure is an error.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>With -Wait: seconds to wait at most (default 1800); what is still going then is an error with ErrorId CoolifyWaitTimeout.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int Timeout { get; set; } = 1800;

        /// <summary>How many requests to send at once for piped ids (default 8). Output keeps the input order.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

        internal abstract string ResourceType { get; }

        internal abstract string Action { get; }

        internal abstract string OperationId { get; }

        /// <summary>Adds the action's query flags (e.g. docker_cleanup) to the request.</summary>
        internal virtual void AddOptions(ApiRequest request)
        {
        }

        /// <summary>Checks the action's own parameters before anything is sent; throws a terminating error when they conflict.</summary>
        internal virtual void CheckOptions()
        {
        }

        /// <summary>-Wait for an action that ends in a status: the resource is read until its status is <paramref name="wanted"/>.</summary>
        internal StatusTarget StatusOf(CoolifyActionResult result, string wanted, bool restart)
        {
            var get = OwnedOperations.GetOwnerByUuid;
            string operationId = ResourceType == "Application" ? get.ForApplication : ResourceType == "Database" ? get.ForDatabase : get.ForService;
            return new StatusTarget(result, ResourceType.ToLowerInvariant(), operationId, wanted, restart, ActiveConnection);
        }

        /// <summary>What -Wait follows for one accepted action.</summary>
        internal abstract WaitTarget WaitTargetFor(CoolifyActionResult result);

        /// <summary>Whether the command waits: -Wait, or a parameter that implies it (-ShowBuildLog).</summary>
        internal virtual bool Waits => Wait.IsPresent;

        /// <summary>Prepares the targets once all are known, before the first poll (e.g. to follow build logs).</summary>
        internal virtual void BeforeWait(IReadOnlyList<WaitTarget> targets)
        {
        }

        protected override void BeginProcessing()
        {
            CheckOptions();
            if (Waits)
            {
                // Say so before anything is started, not after the action was queued.
                Waiter.RequireRead(this, "the action");
            }
        }

        protected override void ProcessItem() => RunAction(Uuid);

        internal void RunAction(string[] uuids)
        {
            var operation = ApiOperations.Get(OperationId);
            foreach (string uuid in uuids ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid") || !ShouldProcess(ResourceType.ToLowerInvariant() + " " + uuid, Action))
                {
                    continue;
                }

                var request = new ApiRequest(operation, uuid);
                AddOptions(request);
                Queue(request, response =>
                {
                    var result = CoolifyActionResult.From(response, uuid, ResourceType, Action);
                    if (Waits)
                    {
                        _waiting.Add(WaitTargetFor(result));
                    }
                    else
                    {
                        WriteResource(result);
                    }
                });
            }
        }

        internal override int Concurrency => ThrottleLimit;

        protected override void EndItems()
        {
            BeforeWait(_waiting);
            Waiter.Run(this, _waiting, Timeout, "Waiting for " + Action.ToLowerInvariant() + " of " + _waiting.Count + " " + ResourceType.ToLowerInvariant() + "(s)");
            Waiter.WriteResults(this, _waiting);
        }
    }
}
