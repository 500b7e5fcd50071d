using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Databases
{
    /// <summary>Restarts databases; with -Wait, until Coolify reports them running again.</summary>
    /// <remarks>
    /// <para>Restart-CoolifyDatabase asks Coolify to restart each database whose id it is given or that is piped to it, e.g. after Set-CoolifyDatabase changed its image or settings. With -Wait the cmdlet follows each database until it is running again.</para>
    /// <para>Piped ids are sent concurrently, -ThrottleLimit at a time (default 8), and the results come out in input order.</para>
    /// </remarks>
    /// <example>Restart a database after changing its image
    /// <code>
    /// Get-CoolifyDatabase -Name main-db | Set-CoolifyDatabase -Image postgres:17-alpine
    /// Get-CoolifyDatabase -Name main-db | Restart-CoolifyDatabase -Wait
    /// </code>
    /// <para>The new image is used from the restart on.</para>
    /// </example>
    /// <example>Restart every running database, two at a time, after a look
    /// <code>
    /// Get-CoolifyDatabase | Where-Object Status -like 'running*' | Restart-CoolifyDatabase -ThrottleLimit 2 -WhatIf
    /// </code>
    /// <para>-WhatIf shows each restart; leave it out to send them.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the databases to restart; strings, or objects with a Uuid or DatabaseUuid property (Get-CoolifyDatabase) from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Databases.StartCoolifyDatabaseCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Databases.StopCoolifyDatabaseCommand"/>
    [Cmdlet(VerbsLifecycle.Restart, "CoolifyDatabase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class RestartCoolifyDatabaseCommand : ResourceActionCmdlet
    {
        internal override string Action => "Restart";

        internal override string OperationId => OperationIds.RestartDatabaseByUuid;

        internal override string ResourceType => "Database";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => StatusOf(result, "running", restart: true);
    }
}
