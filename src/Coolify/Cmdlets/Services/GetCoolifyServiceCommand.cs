using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Lists services, filtered by name, or gets services by id with their containers.</summary>
    /// <remarks>
    /// <para>A Coolify service is a stack of containers made from a one-click template (n8n, Plausible, Uptime Kuma, ...) or from a docker compose file. Without parameters Get-CoolifyService lists every service of the token's team; -Name keeps those whose name matches (wildcards allowed; a plain name that matches nothing is an error, ErrorId CoolifyResourceNotFound).</para>
    /// <para>With -Uuid, or ids and objects piped in, it gets each service by id, with its Applications and Databases (the containers) and, for tokens with read:sensitive, its compose file. Each service object has a Uuid and a ServiceUuid property, so it pipes on to the service cmdlets and to those for what services have: environment variables, storages, tags, logs and scheduled tasks.</para>
    /// </remarks>
    /// <example>List the services and their status
    /// <code>
    /// Get-CoolifyService
    /// </code>
    /// <para>Shows name, status, template and id of each service.</para>
    /// </example>
    /// <example>Start every service that has exited
    /// <code>
    /// Get-CoolifyService | Where-Object Status -like 'exited*' | Start-CoolifyService
    /// </code>
    /// <para>Services pipe straight into Start-, Stop- and Restart-CoolifyService; each writes what Coolify queued.</para>
    /// </example>
    /// <example>Find services by name and read their environment variables
    /// <code>
    /// Get-CoolifyService -Name 'n8n*' | Get-CoolifyEnvironmentVariable
    /// </code>
    /// <para>A piped service binds -ServiceUuid of the environment variable cmdlets.</para>
    /// </example>
    /// <example>Get a service by id, with its containers
    /// <code>
    /// Get-CoolifyService -Uuid k0wcgw4 | Select-Object -ExpandProperty Applications
    /// </code>
    /// <para>The containers' names are what -SubService of Get-CoolifyLog takes.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the services to get; strings, or objects with a Uuid or ServiceUuid property from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Services.NewCoolifyServiceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Services.StartCoolifyServiceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Logs.GetCoolifyLogCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyService", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(CoolifyService))]
    public sealed class GetCoolifyServiceCommand : CoolifyCmdlet
    {
        private const string ListSet = "List";
        private const string UuidSet = "Uuid";

        /// <summary>Names to keep; wildcards allowed.</summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Name { get; set; }

        /// <summary>Ids of the services to get; strings or objects with a Uuid property from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServiceUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        protected override void ProcessItem()
        {
            if (ParameterSetName == ListSet)
            {
                WriteListByName<CoolifyService>(OperationIds.ListServices, Name, "service");
            }
            else
            {
                WriteByIds<CoolifyService>(OperationIds.GetServiceByUuid, Uuid);
            }
        }
    }
}
