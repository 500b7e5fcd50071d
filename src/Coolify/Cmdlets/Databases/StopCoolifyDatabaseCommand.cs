using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Databases
{
    /// <summary>Stops databases; with -Wait, until Coolify reports them exited.</summary>
    /// <remarks>
    /// <para>Stop-CoolifyDatabase asks Coolify to stop each database whose id it is given or that is piped to it; its data stays in its volume. With -Wait the cmdlet follows each database until it has exited. After the stop Coolify also runs a Docker cleanup on the server (unused images and build cache), unless -SkipDockerCleanup; the cmdlet always sends docker_cleanup=true or false.</para>
    /// <para>Piped ids are sent concurrently, -ThrottleLimit at a time (default 8), and the results come out in input order.</para>
    /// </remarks>
    /// <example>Stop a database, after a look
    /// <code>
    /// Get-CoolifyDatabase -Name main-db | Stop-CoolifyDatabase -WhatIf
    /// </code>
    /// <para>Leave out -WhatIf to stop it.</para>
    /// </example>
    /// <example>Stop a database and wait until it has exited
    /// <code>
    /// Stop-CoolifyDatabase -Uuid db0maindb000000000000000 -Wait -Confirm:$false
    /// </code>
    /// <para>Writes the final status.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the databases to stop; strings, or objects with a Uuid or DatabaseUuid property (Get-CoolifyDatabase) from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Databases.StartCoolifyDatabaseCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Databases.RestartCoolifyDatabaseCommand"/>
    [Cmdlet(VerbsLifecycle.Stop, "CoolifyDatabase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StopCoolifyDatabaseCommand : ResourceActionCmdlet
    {
        /// <summary>Skip the Docker cleanup (unused images and build cache on the server) that Coolify runs after the stop by default.</summary>
        [Parameter]
        public SwitchParameter SkipDockerCleanup { get; set; }

        /// <summary>Kept for older scripts: Coolify cleans up after a stop by default, so -DockerCleanup changes nothing, and -DockerCleanup:$false is the same as -SkipDockerCleanup.</summary>
        [Parameter(DontShow = true)]
        public SwitchParameter DockerCleanup { get; set; }

        internal override void CheckOptions() => DockerCleanupOption.Check(this, DockerCleanup, SkipDockerCleanup);

        internal override void AddOptions(ApiRequest request) => request.AddQuery("docker_cleanup", DockerCleanupOption.Value(this, DockerCleanup, SkipDockerCleanup));

        internal override string Action => "Stop";

        internal override string OperationId => OperationIds.StopDatabaseByUuid;

        internal override string ResourceType => "Database";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => StatusOf(result, "exited", restart: false);
    }
}
