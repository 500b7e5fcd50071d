using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Stops services; with -Wait, until Coolify reports them exited.</summary>
    /// <remarks>
    /// <para>Stop-CoolifyService asks Coolify to stop each service whose id it is given or that is piped to it. Coolify queues the stop and answers at once; with -Wait the cmdlet follows each service until it has exited. After the stop Coolify also runs a Docker cleanup on the server (unused images and build cache), unless -SkipDockerCleanup; the cmdlet always sends docker_cleanup=true or false.</para>
    /// <para>Piped ids are sent concurrently, -ThrottleLimit at a time (default 8), and the results come out in input order; -WhatIf and -Confirm are answered per service before anything is sent.</para>
    /// </remarks>
    /// <example>Stop a service by id, after a look
    /// <code>
    /// 'k0wcgw4', 'xk9q2m7a1b3c5d7e9f0g2h4j' | Stop-CoolifyService -WhatIf
    /// </code>
    /// <para>Shows each stop without sending it.</para>
    /// </example>
    /// <example>Stop the staging services and wait
    /// <code>
    /// Get-CoolifyService -Name '*-staging' | Stop-CoolifyService -Wait
    /// </code>
    /// <para>Writes each service's final status once it has exited.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the services to stop; strings, or objects with a Uuid or ServiceUuid property (Get-CoolifyService) from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Services.StartCoolifyServiceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Services.RestartCoolifyServiceCommand"/>
    [Cmdlet(VerbsLifecycle.Stop, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StopCoolifyServiceCommand : ResourceActionCmdlet
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

        internal override string ResourceType => "Service";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) =>
            StatusOf(result, "exited", restart: false);

        internal override string OperationId => OperationIds.StopServiceByUuid;
    }
}
