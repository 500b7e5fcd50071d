using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Applications
{
    /// <summary>Stops applications; with -Wait, until Coolify reports them exited.</summary>
    /// <remarks>
    /// <para>Stop-CoolifyApplication asks Coolify to stop the containers of each application whose id it is given or that is piped to it. Coolify queues the stop and answers at once; with -Wait the cmdlet follows each application until it has exited. After the stop Coolify also runs a Docker cleanup on the server (unused images and build cache), unless -SkipDockerCleanup; the cmdlet always sends docker_cleanup=true or false.</para>
    /// <para>Piped ids are sent concurrently, -ThrottleLimit at a time (default 8), and the results come out in input order; -WhatIf and -Confirm are answered per application before anything is sent.</para>
    /// </remarks>
    /// <example>Stop an application and wait until it has exited
    /// <code>
    /// Get-CoolifyApplication -Name worker | Stop-CoolifyApplication -Wait
    /// </code>
    /// <para>Writes the application's final status.</para>
    /// </example>
    /// <example>See which applications would be stopped
    /// <code>
    /// Get-CoolifyApplication -Tag ci | Stop-CoolifyApplication -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the applications to stop; strings, or objects with a Uuid or ApplicationUuid property (Get-CoolifyApplication) from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Applications.StartCoolifyApplicationCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Applications.RestartCoolifyApplicationCommand"/>
    [Cmdlet(VerbsLifecycle.Stop, "CoolifyApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StopCoolifyApplicationCommand : ApplicationActionCmdlet
    {
        /// <summary>Skip the Docker cleanup (unused images and build cache on the server) that Coolify runs after the stop by default.</summary>
        [Parameter]
        public SwitchParameter SkipDockerCleanup { get; set; }

        /// <summary>Kept for older scripts: Coolify cleans up after a stop by default, so -DockerCleanup changes nothing, and -DockerCleanup:$false is the same as -SkipDockerCleanup.</summary>
        [Parameter(DontShow = true)]
        public SwitchParameter DockerCleanup { get; set; }

        internal override string Action => "Stop";

        internal override string OperationId => OperationIds.StopApplicationByUuid;

        internal override void CheckOptions() => DockerCleanupOption.Check(this, DockerCleanup, SkipDockerCleanup);

        internal override void AddOptions(ApiRequest request) => request.AddQuery("docker_cleanup", DockerCleanupOption.Value(this, DockerCleanup, SkipDockerCleanup));

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) =>
            StatusOf(result, "exited", restart: false);
    }
}
