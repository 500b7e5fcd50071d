using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Coolify.Http;

namespace Coolify.Cmdlets
{
    /// <summary>
    /// Sends the requests of many pipeline items at once, at most a throttle limit in flight, and hands
    /// their answers back in input order on the pipeline thread. The caller confirms each item
    /// (ShouldProcess) before adding it, so prompts stay in order and on the right thread; the shared
    /// HTTP pipeline waits out 429s for every request of the connection, so a burst slows down instead
    /// of failing.
    /// </summary>
    internal sealed class ConcurrentRequests
    {
        private readonly CoolifyCmdlet _cmdlet;
        private readonly int _limit;
        private readonly Queue<Item> _queue = new Queue<Item>();

        // One request per instance goes alone until one has succeeded there: if the token lacks a
        // permission or the server is unreachable, the first answer stops the command (or, with several
        // instances, that instance's part) before more failing requests go out (Coolify locks a token out
        // after 30 failures a minute).
        private readonly HashSet<CoolifyConnection> _provenGood = new HashSet<CoolifyConnection>();

        internal ConcurrentRequests(CoolifyCmdlet cmdlet, int limit)
        {
            _cmdlet = cmdlet;
            _limit = Math.Max(1, limit);
        }

        /// <summary>Starts the request, first waiting for a free slot; answers that are ready are handled on the way.</summary>
        internal void Add(CoolifyConnection connection, ApiRequest request, Action<ApiResponse> handle)
        {
            while (MustWait(connection))
            {
                WaitForAny();
                HandleFinished();
            }

            if (_cmdlet.HasFailed(connection))
            {
                // In a fleet an instance that failed for good while this item waited gets nothing more.
                return;
            }

            var log = _cmdlet.NewLog();
            _queue.Enqueue(new Item(connection, request, log, connection.Pipeline.SendAsync(request, log, _cmdlet.StopToken), handle));
            HandleFinished();
        }

        /// <summary>Waits for every request still out and handles the rest of the answers in order.</summary>
        internal void Finish()
        {
            while (_queue.Count > 0)
            {
                WaitForAny();
                HandleFinished();
            }
        }

        /// <summary>
        /// Whether the next request to this instance has to wait: every slot is taken, the instance has a request
        /// out and none has succeeded there yet, or an answer there stops everything (below). One pass over the
        /// queue, without closures: this runs for every item of every queued cmdlet.
        /// </summary>
        private bool MustWait(CoolifyConnection connection)
        {
            int inFlight = 0;
            bool instanceBusy = false;
            foreach (var item in _queue)
            {
                bool sameInstance = item.Connection == connection;
                if (!item.Task.IsCompleted)
                {
                    inFlight++;
                    instanceBusy |= sameInstance;
                }
                else if (sameInstance && StopsEverything(item))
                {
                    return true;
                }
            }

            return inFlight >= _limit || (instanceBusy && !_provenGood.Contains(connection));
        }

        /// <summary>
        /// An answer that every further request to its instance would meet too (authentication, permission, API
        /// off) may come back while answers before it are still out: nothing more goes to that instance until the
        /// answers before it are handled and it stops the command (or, in a fleet, that instance's part).
        /// </summary>
        private static bool StopsEverything(Item item) =>
            item.Task.IsFaulted && item.Task.Exception?.InnerException is CoolifyException ex && ex.StopsPipeline;

        private void WaitForAny()
        {
            var pending = _queue.Where(i => !i.Task.IsCompleted).Select(i => (Task)i.Task).ToArray();
            if (pending.Length == 0)
            {
                return;
            }

            var any = Task.WhenAny(pending);
            while (!CoolifyCmdletBase.Settled(any, 50))
            {
                DrainLogs();
            }

            DrainLogs();
        }

        private void DrainLogs()
        {
            foreach (var item in _queue)
            {
                _cmdlet.Drain(item.Log);
            }
        }

        private void HandleFinished()
        {
            while (_queue.Count > 0 && _queue.Peek().Task.IsCompleted)
            {
                var item = _queue.Dequeue();
                _cmdlet.Drain(item.Log);
                _cmdlet.HandlingConnection = item.Connection;
                try
                {
                    var response = item.Task.GetAwaiter().GetResult();
                    _provenGood.Add(item.Connection);
                    item.Handle(response);
                }
                catch (OperationCanceledException) when (_cmdlet.StopToken.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
                catch (CoolifyException ex)
                {
                    _cmdlet.ReportError(ex, item.Request.Target);
                }
                finally
                {
                    _cmdlet.HandlingConnection = null;
                }
            }
        }

        private sealed class Item
        {
            internal Item(CoolifyConnection connection, ApiRequest request, RequestLog log, Task<ApiResponse> task, Action<ApiResponse> handle)
            {
                Connection = connection;
                Request = request;
                Log = log;
                Task = task;
                Handle = handle;
            }

            internal CoolifyConnection Connection { get; }

            internal ApiRequest Request { get; }

            internal RequestLog Log { get; }

            internal Task<ApiResponse> Task { get; }

            internal Action<ApiResponse> Handle { get; }
        }
    }
}
