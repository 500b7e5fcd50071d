using System;
using System.Collections.Generic;
using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Applications
{
    /// <summary>Checks that applications' sites answer: requests each domain (or -Url) until it answers 2xx or 3xx or -Timeout runs out.</summary>
    /// <remarks>
    /// <para>Test-CoolifyApplicationUrl reads each application whose id it is given or that is piped to it, and requests each of its domains (Coolify's fqdn, a comma-separated list of URLs), or the -Url addresses instead, with GET until each answers with a 2xx or 3xx status or -Timeout seconds (default 60) run out. A redirect counts as an answer and is not followed. It writes one result per application, with Ready and, in UrlStatus, each URL's last status code or network error and the number of requests it took.</para>
    /// <para>A URL that never answers 2xx or 3xx is also an error (ErrorId CoolifyUrlNotReady) that names the URL and its last status or network error; the other applications are checked all the same. An application without domains gets a warning and Ready $false.</para>
    /// <para>The requests go to the application, not to Coolify: they never carry the API token or the headers given to Connect-Coolify (-Header, Cloudflare Access), but they use the connection's proxy (-Proxy, -NoProxy, the proxy variables) and certificate check (-SkipCertificateCheck, -CertificateAuthority, -CertificateThumbprint). Reading the application needs the read permission. To check the site after a deployment, use -WaitForUrl on Deploy-CoolifyApplication, Start-CoolifyApplication, Restart-CoolifyApplication or Wait-CoolifyDeployment: it waits until the new container runs before the first request.</para>
    /// </remarks>
    /// <example>Check an application's domains
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Test-CoolifyApplicationUrl -Timeout 30
    /// </code>
    /// <para>Writes the application with Ready and each URL's last status; a URL that does not answer 2xx or 3xx within 30 seconds is an error CoolifyUrlNotReady as well.</para>
    /// </example>
    /// <example>Show each URL's status
    /// <code>
    /// Get-CoolifyApplication -Tag prod | Test-CoolifyApplicationUrl -ErrorAction SilentlyContinue | Select-Object -ExpandProperty UrlStatus
    /// </code>
    /// <para>Lists Url, Ready, StatusCode, Error and Attempts for every domain of every application tagged prod.</para>
    /// </example>
    /// <example>Check a health route instead of the domains
    /// <code>
    /// Test-CoolifyApplicationUrl -Uuid app1apibackend0000000000 -Url https://api.example.com/health -Timeout 120 -ErrorAction Stop
    /// </code>
    /// <para>-Url replaces the application's domains; -ErrorAction Stop fails a script when the route does not answer within two minutes.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Deployments.DeployCoolifyApplicationCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Deployments.WaitCoolifyDeploymentCommand"/>
    [Cmdlet(VerbsDiagnostic.Test, "CoolifyApplicationUrl")]
    [OutputType(typeof(CoolifyUrlCheckResult))]
    public sealed class TestCoolifyApplicationUrlCommand : CoolifyCmdlet
    {
        private readonly List<UrlTarget> _targets = new List<UrlTarget>();

        /// <summary>Ids of the applications; piped applications (Get-CoolifyApplication) bind it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ApplicationUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        /// <summary>The addresses to request instead of the application's domains (absolute http:// or https:// URLs).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public Uri[] Url { get; set; }

        /// <summary>Seconds to keep requesting a URL that does not answer 2xx or 3xx (default 60); then it is an error with ErrorId CoolifyUrlNotReady.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int Timeout { get; set; } = 60;

        protected override void BeginProcessing() => UrlTarget.CheckUrls(this, Url);

        protected override void ProcessItem()
        {
            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (IsValidId(uuid, "Uuid"))
                {
                    var result = new CoolifyActionResult { Uuid = uuid, ResourceType = "Application", Action = "TestUrl" };
                    _targets.Add(new UrlTarget(result, null, Url, Timeout, ActiveConnection));
                }
            }
        }

        protected override void EndItems()
        {
            Waiter.Run(this, _targets, Timeout, "Checking the URLs of " + _targets.Count + " application(s)");
            foreach (var target in _targets)
            {
                HandlingConnection = target.Connection;
                try
                {
                    bool checkedUrls = target.Failure == null || target.Failure.ErrorId == CoolifyErrorId.UrlNotReady;
                    if (checkedUrls)
                    {
                        var statuses = target.UrlStatus;
                        WriteResource(new CoolifyUrlCheckResult
                        {
                            Uuid = target.Result.Uuid,
                            Name = target.ApplicationName,
                            Ready = target.Failure == null && statuses.Length > 0 && Array.TrueForAll(statuses, s => s.Ready),
                            UrlStatus = statuses,
                        });
                    }

                    if (target.Failure != null)
                    {
                        ReportError(target.Failure, target.Result.Uuid);
                    }
                }
                finally
                {
                    HandlingConnection = null;
                }
            }
        }
    }
}
