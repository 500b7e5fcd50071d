using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Clones a service to a destination (a Docker network on a server), optionally with its volumes.</summary>
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

        protected override void ProcessRecord()
        {
            if (!IsValidId(DestinationUuid, "DestinationUuid"))
            {
                return;
            }

            var operation = ApiOperations.Get(ApiOperations.CloneService);
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

                    var read = new ApiRequest(ApiOperations.Get(ApiOperations.GetService), copy);
                    Run(read, answer => WriteResource(ReadObject<CoolifyService>(read, answer)));
                });
            }
        }
    }
}
