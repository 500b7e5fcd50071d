using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Tags
{
    /// <summary>Puts tags on a service; tags that do not exist yet are created. Writes the service's tags afterwards.</summary>
    [Cmdlet(VerbsCommon.Add, "CoolifyTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(CoolifyTag))]
    public sealed class AddCoolifyTagCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        /// <summary>Tag names.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServiceUuid, "ServiceUuid") || !ShouldProcess("service " + ServiceUuid, "Add tags " + string.Join(", ", Name)))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.CreateServiceTag), ServiceUuid)
                .WithBody(new JsonBody().Add("tag_names", Name));
            Run(request, response =>
            {
                foreach (var tag in ReadArray<CoolifyTag>(request, response))
                {
                    tag.ServiceUuid = ServiceUuid;
                    WriteResource(tag);
                }
            });
        }
    }
}
