using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;

namespace Coolify.Cmdlets.Servers
{
    /// <summary>Lists servers, filtered by name, or gets servers by id.</summary>
    /// <remarks>
    /// <para>Without parameters Get-CoolifyServer lists the servers of the token's team; -Name keeps those whose name matches (wildcards allowed; a plain name that matches nothing is an error). With -Uuid, or ids and objects piped in, it gets each server by id; add -IncludeResources to have each server carry the applications, services and databases on it in its Resources property (one request per server, as without it).</para>
    /// <para>A server object has a ServerUuid property, so it pipes on to the server cmdlets: Get-CoolifyResource, Get-CoolifyDomain, Get-CoolifyDestination, the proxy, Sentinel, log drain and Docker cleanup settings, and Test-CoolifyServer.</para>
    /// </remarks>
    /// <example>List the servers
    /// <code>
    /// Get-CoolifyServer
    /// </code>
    /// <para>Name, id and address of each server.</para>
    /// </example>
    /// <example>What runs on a server
    /// <code>
    /// Get-CoolifyServer -Name localhost | Get-CoolifyResource
    /// </code>
    /// <para>Applications, services and databases on that server.</para>
    /// </example>
    /// <example>Get servers by id
    /// <code>
    /// 'srv0localhost0000000000a', 'srv1edge0000000000000000' | Get-CoolifyServer
    /// </code>
    /// <para>Ids can be piped as plain strings.</para>
    /// </example>
    /// <example>A server with what runs on it
    /// <code>
    /// (Get-CoolifyServer -Uuid srv0localhost0000000000a -IncludeResources).Resources | Format-Table Name, Type, Status
    /// </code>
    /// <para>Resources lists each application, service and database on the server, as Get-CoolifyResource does.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Servers.GetCoolifyResourceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Servers.GetCoolifyDomainCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyServer", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(CoolifyServer))]
    public sealed class GetCoolifyServerCommand : CoolifyCmdlet
    {
        private const string ListSet = "List";
        private const string UuidSet = "Uuid";

        /// <summary>Names of the servers to keep; wildcards are allowed, and a plain name that matches nothing is an error.</summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Name { get; set; }

        /// <summary>Ids of the servers to get; strings, or objects with a Uuid or ServerUuid property from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ServerUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        /// <summary>With -Uuid: each server also carries, in its Resources property, the applications, services and databases on it (Uuid, Name, Type, Status).</summary>
        [Parameter(ParameterSetName = UuidSet)]
        public SwitchParameter IncludeResources { get; set; }

        protected override void ProcessItem()
        {
            if (ParameterSetName == ListSet)
            {
                WriteListByName<CoolifyServer>(OperationIds.ListServers, Name, "server");
            }
            else
            {
                // The server tests the raw query value for truth, so resources=false would turn it on too: sent only with the switch.
                WriteByIds<CoolifyServer>(OperationIds.GetServerByUuid, Uuid, configure: IncludeResources ? r => r.AddQuery("resources", "true") : (System.Action<ApiRequest>)null);
            }
        }
    }
}
