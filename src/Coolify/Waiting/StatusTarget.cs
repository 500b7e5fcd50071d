using System;
using Coolify.Cmdlets;
using Coolify.Http;

namespace Coolify.Waiting
{
    /// <summary>
    /// Waits for a service, database or application to reach a status: running after start or restart,
    /// exited after stop. They have no deployment to follow, only their status field.
    /// </summary>
    internal sealed class StatusTarget : WaitTarget
    {
        // A restart may leave the status at running throughout; after this many rounds of it, the
        // restart is taken as done.
        private const int RestartRounds = 4;
        private readonly string _getOperationId;
        private readonly string _wanted;
        private readonly bool _restart;
        private bool _leftRunning;
        private int _rounds;

        /// <param name="result">What the action answered; its Uuid is the resource to poll.</param>
        /// <param name="noun">The resource in words (service, database, application), for messages.</param>
        /// <param name="getOperationId">The operation that reads the resource's status.</param>
        /// <param name="wanted">running or exited: the start of the status that ends the wait.</param>
        /// <param name="restart">True for a restart, whose status may stay running throughout.</param>
        /// <param name="connection">The instance the action went to, which the polls ask.</param>
        internal StatusTarget(CoolifyActionResult result, string noun, string getOperationId, string wanted, bool restart, CoolifyConnection connection)
            : base(result, noun + " " + result.Uuid, connection)
        {
            _getOperationId = getOperationId;
            _wanted = wanted;
            _restart = restart;
        }

        internal override void Poll(CoolifyCmdlet cmdlet, PollRound round)
        {
            var request = new ApiRequest(ApiOperations.Get(_getOperationId), Result.Uuid);
            string status = CoolifyCmdlet.ReadField(cmdlet.Send(Connection, request), "status") ?? "unknown";
            Status = status;
            _rounds++;
            bool reached = status.StartsWith(_wanted, StringComparison.OrdinalIgnoreCase)
                || (_wanted == "exited" && status.StartsWith("stopped", StringComparison.OrdinalIgnoreCase));
            if (!reached)
            {
                _leftRunning = true;
                return;
            }

            if (!_restart || _leftRunning || _rounds >= RestartRounds)
            {
                Succeed(status);
            }
        }
    }
}
