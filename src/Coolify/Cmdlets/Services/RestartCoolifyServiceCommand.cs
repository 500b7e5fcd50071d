using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Restarts services, optionally pulling their latest images; with -Wait, until they run again.</summary>
    /// <remarks>
    /// <para>Restart-CoolifyService asks Coolify to restart each service whose id it is given or that is piped to it; -PullLatest pulls the newest images first, which is how a service is updated. Coolify queues the restart and answers at once; with -Wait the cmdlet follows each service until it is running again.</para>
    /// <para>Piped ids are sent concurrently, -ThrottleLimit at a time (default 8), and the results come out in input order; -WhatIf and -Confirm are answered per service before anything is sent.</para>
    /// </remarks>
    /// <example>Restart services without being asked
    /// <code>
    /// Get-CoolifyService -Name 'n8n*' | Restart-CoolifyService -Confirm:$false
    /// </code>
    /// <para>Writes one result per service.</para>
    /// </example>
    /// <example>Update a service to its latest images and wait for it
    /// <code>
    /// Get-CoolifyService -Name uptime-kuma | Restart-CoolifyService -PullLatest -Wait
    /// </code>
    /// <para>Ends when the service is running again, or with an error.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the services to restart; strings, or objects with a Uuid or ServiceUuid property (Get-CoolifyService) from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Services.StartCoolifyServiceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Services.StopCoolifyServiceCommand"/>
    [Cmdlet(VerbsLifecycle.Restart, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class RestartCoolifyServiceCommand : ResourceActionCmdlet
    {
        /// <summary>Pull the latest images of the service before starting it again.</summary>
        [Parameter]
        public SwitchParameter PullLatest { get; set; }

        internal override void AddOptions(ApiRequest request) => request.AddQuery("latest", PullLatest.IsPresent ? true : (bool?)null);

        internal override string Action => "Restart";

        internal override string ResourceType => "Service";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) =>
            StatusOf(result, "running", restart: true);

        internal override string OperationId => OperationIds.RestartServiceByUuid;
    }
}
