using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using Coolify.Cmdlets;
using Coolify.Http;

namespace Coolify.Waiting
{
    /// <summary>
    /// The -Wait loop: polls every target until each has ended or the timeout passes, showing progress.
    /// It polls quickly at first and more slowly later, since most actions end in seconds and long
    /// builds should not spend the rate limit (200 requests a minute).
    /// </summary>
    internal static class Waiter
    {
        private static readonly TimeSpan FirstInterval = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan LongestInterval = TimeSpan.FromSeconds(3);

        /// <summary>Polls until every target is done; the ones still open at the timeout fail with CoolifyWaitTimeout.</summary>
        internal static void Run(CoolifyCmdlet cmdlet, IReadOnlyList<WaitTarget> targets, int timeoutSeconds, string activity)
        {
            if (targets.Count == 0)
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            var interval = FirstInterval;
            int activityId = Math.Abs(activity.GetHashCode() % 100000) + 1;
            try
            {
                while (true)
                {
                    var round = new PollRound();
                    foreach (var target in targets.Where(t => !t.Done))
                    {
                        try
                        {
                            target.Poll(cmdlet, round);
                        }
                        catch (CoolifyException ex) when (!ex.StopsPipeline)
                        {
                            target.Fail(target.Status, ex);
                        }
                    }

                    int done = targets.Count(t => t.Done);
                    if (done == targets.Count)
                    {
                        return;
                    }

                    if (clock.Elapsed.TotalSeconds >= timeoutSeconds)
                    {
                        foreach (var target in targets.Where(t => !t.Done))
                        {
                            target.TimeOut(timeoutSeconds);
                        }

                        return;
                    }

                    cmdlet.WriteProgress(new ProgressRecord(activityId, activity, Describe(targets, clock.Elapsed))
                    {
                        PercentComplete = done * 100 / targets.Count,
                    });
                    cmdlet.Sleep(interval);
                    interval = TimeSpan.FromMilliseconds(Math.Min(LongestInterval.TotalMilliseconds, interval.TotalMilliseconds * 1.5));
                }
            }
            finally
            {
                cmdlet.WriteProgress(new ProgressRecord(activityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
            }
        }

        /// <summary>
        /// Stops the command before anything is sent when -Wait could not follow what it starts: polling
        /// reads, and a deploy-only token cannot.
        /// </summary>
        internal static void RequireRead(CoolifyCmdlet cmdlet, string followed)
        {
            var connection = cmdlet.ActiveConnection;
            if (!connection.CanRead)
            {
                cmdlet.ThrowTerminatingError(new CoolifyException(CoolifyErrorId.ReadNeeded, ErrorCategory.PermissionDenied,
                    "-Wait follows " + followed + " by reading it, and this token cannot read (it has deploy permission only). Nothing was sent.")
                {
                    RecommendedAction = "Connect with a token that has read and deploy permissions, or leave -Wait out.",
                }.ToErrorRecord(connection.Url));
            }
        }

        /// <summary>
        /// Writes each target's result (or what <paramref name="output"/> picks from it), or its failure as an
        /// error, in the order they were given.
        /// </summary>
        internal static void WriteResults(CoolifyCmdlet cmdlet, IEnumerable<WaitTarget> targets, Func<WaitTarget, CoolifyObject> output = null, Func<WaitTarget, object> errorTarget = null)
        {
            foreach (var target in targets)
            {
                cmdlet.HandlingConnection = target.Connection;
                try
                {
                    if (target.Failure != null)
                    {
                        cmdlet.ReportError(target.Failure, errorTarget == null ? target.Result : errorTarget(target));
                    }
                    else if ((output == null ? target.Result : output(target)) is CoolifyObject written)
                    {
                        cmdlet.WriteResource(written);
                    }
                }
                finally
                {
                    cmdlet.HandlingConnection = null;
                }
            }
        }

        private static string Describe(IReadOnlyList<WaitTarget> targets, TimeSpan elapsed)
        {
            string open = string.Join("; ", targets.Where(t => !t.Done).Take(3).Select(t => t.Label + ": " + t.Status));
            return targets.Count(t => t.Done) + " of " + targets.Count + " done, " + (int)elapsed.TotalSeconds + " s. " + open;
        }
    }
}
