using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Servers
{
    /// <summary>Lists every application, service and database of the team, or those on one server.</summary>
    /// <remarks>
    /// <para>Get-CoolifyResource gives one list of everything the team runs, with each resource's Type, Name, Status and Uuid; with -ServerUuid (or a piped server) only what runs on that server. -Name keeps the resources whose name matches (wildcards allowed).</para>
    /// </remarks>
    /// <example>Everything that is not running
    /// <code>
    /// Get-CoolifyResource | Where-Object Status -notlike 'running*'
    /// </code>
    /// <para>Applications, services and databases in one list.</para>
    /// </example>
    /// <example>What runs on a server
    /// <code>
    /// Get-CoolifyServer -Name localhost | Get-CoolifyResource
    /// </code>
    /// <para>A piped server binds -ServerUuid.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Servers.GetCoolifyServerCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyResource", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(CoolifyResource))]
    public sealed class GetCoolifyResourceCommand : CoolifyCmdlet
    {
        private const string AllSet = "All";
        private const string ServerSet = "Server";

        /// <summary>Only the resources on this server; a piped server binds it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ServerSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServerUuid { get; set; }

        /// <summary>Names to keep; wildcards allowed.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; }

        protected override void ProcessItem()
        {
            ApiRequest request;
            if (ParameterSetName == ServerSet)
            {
                if (!IsValidId(ServerUuid, "ServerUuid"))
                {
                    return;
                }

                request = new ApiRequest(ApiOperations.Get(OperationIds.GetResourcesByServerUuid), ServerUuid);
            }
            else
            {
                request = new ApiRequest(ApiOperations.Get(OperationIds.ListResources));
            }

            var filter = new NameFilter(Name);
            Run(request, response =>
            {
                foreach (var resource in ReadArray<CoolifyResource>(request, response))
                {
                    if (filter.IsMatch(resource.Name))
                    {
                        WriteResource(resource);
                    }
                }

                WriteUnmatched(filter, "resource");
            });
        }
    }
}
