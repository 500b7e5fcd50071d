using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Clones services to a destination (a Docker network on a server), optionally with their data.</summary>
    /// <remarks>
    /// <para>Copy-CoolifyService makes a copy of each service whose id it is given or that is piped to it, in the destination -DestinationUuid (Get-CoolifyDestination lists them), and writes the copy. -CloneVolumes copies the data of the volumes too; -Name names the copy.</para>
    /// </remarks>
    /// <example>Copy a service to another server, with its data
    /// <code>
    /// Get-CoolifyService -Name n8n | Copy-CoolifyService -DestinationUuid dst1edge0000000000000000 -Name n8n-copy -CloneVolumes
    /// </code>
    /// <para>Writes the new service; start it with Start-CoolifyService.</para>
    /// </example>
    /// <example>See what would be copied
    /// <code>
    /// Copy-CoolifyService -Uuid k0wcgw4 -DestinationUuid dst1edge0000000000000000 -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the services to clone; strings, or objects with a Uuid or ServiceUuid property from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Services.MoveCoolifyServiceCommand"/>
    [Cmdlet(VerbsCommon.Copy, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyService))]
    public sealed class CopyCoolifyServiceCommand : ServiceIdsCmdlet
    {
        /// <summary>Id of the destination (Docker network) the copy runs in.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string DestinationUuid { get; set; }

        /// <summary>Name of the copy; Coolify picks one when omitted.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>Copy the data of the service's volumes too.</summary>
        [Parameter]
        public SwitchParameter CloneVolumes { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidId(DestinationUuid, "DestinationUuid"))
            {
                return;
            }

            var operation = ApiOperations.Get(OperationIds.CloneServiceByUuid);
            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid") || !ShouldProcess("service " + uuid, "Clone service to destination " + DestinationUuid))
                {
                    continue;
                }

                var body = new JsonBody()
                    .Add("destination_uuid", DestinationUuid)
                    .Add("name", Name)
                    .Add("clone_volumes", CloneVolumes.IsPresent ? true : (bool?)null);
                var request = new ApiRequest(operation, uuid).WithBody(body);
                Run(request, response =>
                {
                    string copy = ReadField(response, "uuid");
                    if (copy == null || !ActiveConnection.CanRead)
                    {
                        WriteResource(new CoolifyService { Uuid = copy, Name = Name });
                        return;
                    }

                    var read = new ApiRequest(ApiOperations.Get(OperationIds.GetServiceByUuid), copy);
                    Run(read, answer => WriteResource(ReadObject<CoolifyService>(read, answer)));
                });
            }
        }
    }
}
