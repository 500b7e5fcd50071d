using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Starts services; with -Wait, until Coolify reports them running.</summary>
    /// <remarks>
    /// <para>Start-CoolifyService asks Coolify to start each service whose id it is given or that is piped to it. Coolify queues the start and answers at once, so by default the result (a CoolifyActionResult) means "accepted", not "running".</para>
    /// <para>With -Wait the cmdlet follows each service until its status is running, showing progress, and writes the final status; a service still not running after -Timeout seconds (default 1800) is an error with ErrorId CoolifyWaitTimeout. Polling needs a token that can read.</para>
    /// <para>Piped ids are sent concurrently, -ThrottleLimit at a time (default 8), and the results come out in input order. -WhatIf and -Confirm are answered per service before anything is sent.</para>
    /// </remarks>
    /// <example>Start every exited service
    /// <code>
    /// Get-CoolifyService | Where-Object Status -like 'exited*' | Start-CoolifyService
    /// </code>
    /// <para>Writes one result per service, in input order.</para>
    /// </example>
    /// <example>Start services by id and wait until they run
    /// <code>
    /// 'k0wcgw4', 'ghost000000000000000004a' | Start-CoolifyService -Wait -Timeout 300
    /// </code>
    /// <para>Ids can be piped as plain strings. Each service is followed until it is running; a failure is an error for that service.</para>
    /// </example>
    /// <example>See which services would be started
    /// <code>
    /// Get-CoolifyService -Name 'n8n*' | Start-CoolifyService -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the services to start; strings, or objects with a Uuid or ServiceUuid property (Get-CoolifyService) from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Services.StopCoolifyServiceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Services.RestartCoolifyServiceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Services.GetCoolifyServiceCommand"/>
    [Cmdlet(VerbsLifecycle.Start, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StartCoolifyServiceCommand : ResourceActionCmdlet
    {
        internal override string Action => "Start";

        internal override string ResourceType => "Service";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) =>
            StatusOf(result, "running", restart: false);

        internal override string OperationId => OperationIds.StartServiceByUuid;
    }
}
