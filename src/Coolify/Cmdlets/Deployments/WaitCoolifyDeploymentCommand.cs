using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Deployments
{
    /// <summary>
    /// Waits until deployments have ended and writes them. A failed or cancelled deployment is an
    /// error carrying the end of its build log; one still running at -Timeout is a CoolifyWaitTimeout error.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "CoolifyDeployment")]
    [OutputType(typeof(CoolifyDeployment))]
    public sealed class WaitCoolifyDeploymentCommand : CoolifyCmdlet
    {
        private readonly List<DeploymentTarget> _targets = new List<DeploymentTarget>();

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

        /// <summary>Seconds to wait at most (default 1800).</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int Timeout { get; set; } = 1800;

        protected override void ProcessRecord()
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
                if (IsValidId(uuid, "DeploymentUuid"))
                {
                    var result = new CoolifyActionResult
                    {
                        Uuid = ApplicationUuid,
                        ResourceType = ApplicationUuid != null ? "Application" : "Deployment",
                        Action = "Deploy",
                        DeploymentUuid = uuid,
                    };
                    _targets.Add(new DeploymentTarget(result, uuid, ApplicationUuid, ActiveConnection));
                }
            }
        }

        protected override void EndProcessing()
        {
            Waiter.Run(this, _targets, Timeout, "Waiting for " + _targets.Count + " deployment(s)");
            foreach (var target in _targets)
            {
                if (target.Failure != null)
                {
                    ReportError(target.Failure, target.DeploymentUuid);
                }
                else if (target.Deployment != null)
                {
                    WriteResource(target.Deployment);
                }
            }
        }
    }
}
