using System.Linq;
using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Deployments
{
    /// <summary>
    /// Gets the build log of deployments, entry by entry. Coolify returns it only to tokens with
    /// read:sensitive; without it this is an error that says so rather than an empty log.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyDeploymentLog")]
    [OutputType(typeof(CoolifyDeploymentLogEntry))]
    public sealed class GetCoolifyDeploymentLogCommand : CoolifyCmdlet
    {
        /// <summary>Ids of the deployments; piped deployments and action results bind it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] DeploymentUuid { get; set; }

        /// <summary>Only the last entries.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int Tail { get; set; }

        /// <summary>Also the entries Coolify marks hidden (its own housekeeping commands).</summary>
        [Parameter]
        public SwitchParameter IncludeHidden { get; set; }

        protected override void ProcessRecord()
        {
            foreach (string uuid in DeploymentUuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "DeploymentUuid"))
                {
                    continue;
                }

                var request = new ApiRequest(ApiOperations.Get("get-deployment-by-uuid"), uuid);
                Run(request, response =>
                {
                    var deployment = ReadObject<CoolifyDeployment>(request, response);
                    if (deployment.Logs == null)
                    {
                        WriteError(new CoolifyException(CoolifyErrorId.LogHidden, ErrorCategory.PermissionDenied,
                            "Coolify did not return the build log of deployment " + uuid + ": it shows build logs only to tokens with read:sensitive (or root) of a team admin.")
                        {
                            PerItem = true,
                            RecommendedAction = "Connect with a token that has the read:sensitive permission.",
                        }.ToErrorRecord(uuid));
                        return;
                    }

                    var entries = DeploymentLog.Parse(deployment.Logs, IncludeHidden);
                    foreach (var entry in Tail > 0 ? entries.Skip(System.Math.Max(0, entries.Count - Tail)) : entries)
                    {
                        entry.DeploymentUuid = uuid;
                        WriteResource(entry);
                    }
                });
            }
        }
    }
}
