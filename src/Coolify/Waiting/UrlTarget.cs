using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Coolify.Cmdlets;
using Coolify.Http;

namespace Coolify.Waiting
{
    /// <summary>
    /// Waits for an application's URLs to answer 2xx or 3xx (-WaitForUrl, Test-CoolifyApplicationUrl). After a
    /// deployment it first follows the deployment to its end: an answer from the old container during the build
    /// would say nothing about the new one, so the URLs are requested only once the deployment has finished and
    /// the application runs. The URLs are -Url, else the application's domains (its fqdn).
    /// </summary>
    internal sealed class UrlTarget : WaitTarget
    {
        private static readonly TimeSpan LongestAttempt = TimeSpan.FromSeconds(10);
        private readonly WaitTarget _before;
        private readonly IReadOnlyList<Uri> _given;
        private readonly int _timeoutSeconds;
        private Stopwatch _clock;
        private Stopwatch _probing;
        private List<KeyValuePair<Uri, CoolifyUrlStatus>> _checks;

        /// <param name="result">The action's result, which gets the URLs' status; its Uuid is the application.</param>
        /// <param name="before">What must end first (the deployment), or null to check at once.</param>
        /// <param name="urls">-Url, or null for the application's domains.</param>
        /// <param name="timeoutSeconds">The wait's -Timeout, which bounds each request too.</param>
        /// <param name="connection">The instance the application is on; its URL client sends the requests.</param>
        internal UrlTarget(CoolifyActionResult result, WaitTarget before, IReadOnlyList<Uri> urls, int timeoutSeconds, CoolifyConnection connection)
            : base(result, before?.Label ?? "application " + result.Uuid, connection)
        {
            _before = before;
            _given = urls;
            _timeoutSeconds = timeoutSeconds;
        }

        /// <summary>The application's name, once it was read; null when it was not (a deployment without its application and -Url).</summary>
        internal string ApplicationName { get; private set; }

        /// <summary>What was followed first, e.g. the DeploymentTarget whose deployment Wait-CoolifyDeployment writes.</summary>
        internal WaitTarget Before => _before;

        /// <summary>Each URL as it was left; empty before the check began.</summary>
        internal CoolifyUrlStatus[] UrlStatus => _checks?.Select(c => c.Value).ToArray() ?? Array.Empty<CoolifyUrlStatus>();

        /// <summary>With -WaitForUrl (or -Url), the URL check after <paramref name="target"/>; else the target itself.</summary>
        internal static WaitTarget After(WaitTarget target, bool waitForUrl, Uri[] urls, int timeoutSeconds) =>
            waitForUrl || (urls != null && urls.Length > 0) ? new UrlTarget(target.Result, target, urls, timeoutSeconds, target.Connection) : target;

        /// <summary>Stops a command before anything is sent when a -Url is not an absolute http:// or https:// address.</summary>
        internal static void CheckUrls(CoolifyCmdlet cmdlet, Uri[] urls)
        {
            foreach (var url in urls ?? Array.Empty<Uri>())
            {
                if (!UrlProbe.IsHttp(url))
                {
                    cmdlet.ThrowTerminatingError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                        "-Url '" + url + "' is not an absolute http:// or https:// address. Nothing was sent.")
                    { RecommendedAction = "Give the whole address, e.g. https://app.example.com/health." }.ToErrorRecord(url));
                }
            }
        }

        internal override void Poll(CoolifyCmdlet cmdlet, PollRound round)
        {
            _clock = _clock ?? Stopwatch.StartNew();
            if (_before != null && !_before.Done)
            {
                _before.Poll(cmdlet, round);
                Status = _before.Status;
                if (!_before.Done)
                {
                    return;
                }
            }

            if (_before?.Failure != null)
            {
                Fail(_before.Status, _before.Failure);
                return;
            }

            if (_checks == null)
            {
                Begin(cmdlet);
            }

            var open = _checks.Where(c => !c.Value.Ready).ToList();
            if (open.Count > 0)
            {
                var left = TimeSpan.FromSeconds(_timeoutSeconds) - _clock.Elapsed;
                var attempt = left > LongestAttempt ? LongestAttempt : left < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : left;
                cmdlet.Await(log => ProbeAll(open, attempt, log, cmdlet));
                foreach (var check in open)
                {
                    check.Value.Seconds = Math.Round(_probing.Elapsed.TotalSeconds, 1);
                }
            }

            Result.UrlStatus = UrlStatus;
            var waiting = _checks.Where(c => !c.Value.Ready).Select(c => c.Value).ToList();
            if (waiting.Count == 0)
            {
                Succeed(_before?.Status ?? "ready");
                return;
            }

            Status = "waiting for " + waiting[0].Url + " (" + waiting[0].LastResult + ")" + (waiting.Count > 1 ? " and " + (waiting.Count - 1) + " more" : string.Empty);
        }

        internal override void TimeOut(int seconds)
        {
            if (_checks == null)
            {
                // Still on the deployment: its own timeout error.
                if (_before == null)
                {
                    base.TimeOut(seconds);
                    return;
                }

                _before.TimeOut(seconds);
                Fail(_before.Status, _before.Failure);
                return;
            }

            Result.UrlStatus = UrlStatus;
            Fail(_before?.Status ?? "not ready", NotReady(seconds));
        }

        private void Begin(CoolifyCmdlet cmdlet)
        {
            IReadOnlyList<Uri> urls = _given != null && _given.Count > 0 ? _given : null;
            if (Result.Uuid != null && string.Equals(Result.ResourceType, "Application", StringComparison.Ordinal))
            {
                var request = new ApiRequest(ApiOperations.Get(OperationIds.GetApplicationByUuid), Result.Uuid);
                var application = CoolifyCmdlet.ReadObject<CoolifyApplication>(request, cmdlet.Send(Connection, request));
                ApplicationName = application.Name;
                if (urls == null)
                {
                    urls = UrlProbe.FromFqdn(application.Fqdn);
                    if (urls.Count == 0)
                    {
                        cmdlet.WriteWarning("The application " + (application.Name ?? Result.Uuid) + " has no domains (fqdn is empty); no URL was checked. Give -Url to check other addresses.");
                    }
                }
            }

            _checks = (urls ?? Array.Empty<Uri>()).Select(u => new KeyValuePair<Uri, CoolifyUrlStatus>(u, new CoolifyUrlStatus { Url = u.AbsoluteUri })).ToList();
            _probing = Stopwatch.StartNew();
        }

        private async Task<bool> ProbeAll(List<KeyValuePair<Uri, CoolifyUrlStatus>> open, TimeSpan attempt, RequestLog log, CoolifyCmdlet cmdlet)
        {
            var client = Connection.UrlClient;
            await Task.WhenAll(open.Select(c => UrlProbe.Probe(client, c.Key, c.Value, attempt, Connection.Certificates, log, cmdlet.StopToken))).ConfigureAwait(false);
            return true;
        }

        private CoolifyException NotReady(int seconds)
        {
            var open = _checks.Where(c => !c.Value.Ready).Select(c => c.Value).ToList();
            string what = string.Join("; ", open.Select(s => s.Url + (s.StatusCode.HasValue ? " still answers " + s.LastResult : " still gets no answer: " + s.LastResult)
                + " (" + s.Attempts + (s.Attempts == 1 ? " request)" : " requests)")));
            string whose = ApplicationName != null ? "application " + ApplicationName : Label;
            return new CoolifyException(CoolifyErrorId.UrlNotReady, ErrorCategory.ResourceUnavailable,
                "After " + seconds + " s, " + whose + " is not answering with 2xx or 3xx: " + what + ".")
            {
                PerItem = true,
                RecommendedAction = (Result.Uuid != null ? "Look at the container log with Get-CoolifyLog -ApplicationUuid " + Result.Uuid + ", and at the proxy in front of it; " : string.Empty)
                    + "wait longer with -Timeout, or check other addresses with -Url.",
            };
        }
    }
}
