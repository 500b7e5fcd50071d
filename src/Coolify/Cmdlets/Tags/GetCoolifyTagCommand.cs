using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Tags
{
    /// <summary>Lists the tags on a service.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyTag", DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyTag))]
    public sealed class GetCoolifyTagCommand : CoolifyCmdlet
    {
        private const string ServiceSet = "Service";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ServiceSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServiceUuid, "ServiceUuid"))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.ListServiceTags), ServiceUuid);
            Run(request, response => WriteTags(ReadArray<CoolifyTag>(request, response), ServiceUuid));
        }

        internal void WriteTags(CoolifyTag[] tags, string serviceUuid)
        {
            foreach (var tag in tags)
            {
                tag.ServiceUuid = serviceUuid;
                WriteResource(tag);
            }
        }
    }
}
