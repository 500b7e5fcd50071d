using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Tags
{
    /// <summary>Takes tags off a service. The tags themselves stay.</summary>
    [Cmdlet(VerbsCommon.Remove, "CoolifyTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyTagCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        /// <summary>Ids of the tags; piped tags bind it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TagUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] Uuid { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServiceUuid, "ServiceUuid"))
            {
                return;
            }

            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid") || !ShouldProcess("service " + ServiceUuid, "Remove tag " + uuid))
                {
                    continue;
                }

                var request = new ApiRequest(ApiOperations.Get(ApiOperations.DeleteServiceTag), ServiceUuid, uuid);
                Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "tag " + uuid + " removed.")));
            }
        }
    }
}
