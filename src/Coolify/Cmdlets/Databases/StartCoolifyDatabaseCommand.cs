using System.Management.Automation;
using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Databases
{
    /// <summary>Starts databases; with -Wait, until Coolify reports them running.</summary>
    /// <remarks>
    /// <para>Start-CoolifyDatabase asks Coolify to start each database whose id it is given or that is piped to it. Coolify answers at once; with -Wait the cmdlet follows each database until its status is running and writes it. A database that is already running is an error for that database (Coolify refuses the start).</para>
    /// <para>Piped ids are sent concurrently, -ThrottleLimit at a time (default 8), and the results come out in input order; -WhatIf and -Confirm are answered per database before anything is sent.</para>
    /// </remarks>
    /// <example>Start a database and wait until it runs
    /// <code>
    /// Get-CoolifyDatabase -Name cache | Start-CoolifyDatabase -Wait
    /// </code>
    /// <para>Writes the final status.</para>
    /// </example>
    /// <example>Start every database that has exited
    /// <code>
    /// Get-CoolifyDatabase | Where-Object Status -like 'exited*' | Start-CoolifyDatabase
    /// </code>
    /// <para>One result per database, in input order.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the databases to start; strings, or objects with a Uuid or DatabaseUuid property (Get-CoolifyDatabase) from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Databases.StopCoolifyDatabaseCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Databases.RestartCoolifyDatabaseCommand"/>
    [Cmdlet(VerbsLifecycle.Start, "CoolifyDatabase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class StartCoolifyDatabaseCommand : ResourceActionCmdlet
    {
        internal override string Action => "Start";

        internal override string OperationId => OperationIds.StartDatabaseByUuid;

        internal override string ResourceType => "Database";

        internal override WaitTarget WaitTargetFor(CoolifyActionResult result) => StatusOf(result, "running", restart: false);
    }
}
