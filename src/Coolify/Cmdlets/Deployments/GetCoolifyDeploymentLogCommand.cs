using System.Linq;
using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Deployments
{
    /// <summary>Gets the build log of deployments, one entry per line of output.</summary>
    /// <remarks>
    /// <para>Get-CoolifyDeploymentLog reads the log Coolify keeps for each deployment: the commands it ran and their output, as objects with the time, the output and whether it went to stderr. -Tail keeps the last entries; -IncludeHidden adds the housekeeping commands Coolify hides in its dashboard.</para>
    /// <para>Coolify returns build logs only to tokens with read:sensitive (or root). Without it this is an error that says so (ErrorId CoolifyLogHidden), not an empty log.</para>
    /// </remarks>
    /// <example>Why did the last deployment fail?
    /// <code>
    /// Get-CoolifyApplication -Name broken-build | Get-CoolifyDeployment -Take 1 | Get-CoolifyDeploymentLog -Tail 30
    /// </code>
    /// <para>The last 30 entries of the newest deployment of the application.</para>
    /// </example>
    /// <example>Only the errors of a deployment
    /// <code>
    /// Get-CoolifyDeploymentLog -DeploymentUuid dep1brokenbuild000000001 | Where-Object Type -eq stderr
    /// </code>
    /// <para>Entries that went to stderr.</para>
    /// </example>
    /// <example>Save a build log to a file
    /// <code>
    /// Get-CoolifyDeploymentLog -DeploymentUuid dep0webfrontend000000001 | ForEach-Object Output | Set-Content ./build.log
    /// </code>
    /// <para>One line per entry.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Deployments.WaitCoolifyDeploymentCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Logs.GetCoolifyLogCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyDeploymentLog")]
    [OutputType(typeof(CoolifyDeploymentLogEntry))]
    public sealed class GetCoolifyDeploymentLogCommand : CoolifyCmdlet
    {
        /// <summary>Ids of the deployments; piped deployments (Get-CoolifyDeployment) and action results with a DeploymentUuid bind it.</summary>
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

        protected override void ProcessItem()
        {
            foreach (string uuid in DeploymentUuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "DeploymentUuid"))
                {
                    continue;
                }

                var request = new ApiRequest(ApiOperations.Get(OperationIds.GetDeploymentByUuid), uuid);
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
