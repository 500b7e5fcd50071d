using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Tags
{
    /// <summary>Puts tags on an application, service or database; tags that do not exist yet are created. Writes the resource's tags afterwards.</summary>
    [Cmdlet(VerbsCommon.Add, "CoolifyTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyTag))]
    public sealed class AddCoolifyTagCommand : OwnedResourceCmdlet
    {
        /// <summary>Tag names.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidOwner() || !ShouldProcess(OwnerLabel, "Add tags " + string.Join(", ", Name)))
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation("create-tag-by-{owner}-uuid"), OwnerUuid)
                .WithBody(new JsonBody().Add("tag_names", Name));
            Run(request, response =>
            {
                foreach (var tag in ReadArray<CoolifyTag>(request, response))
                {
                    SetOwner(tag);
                    WriteResource(tag);
                }
            });
        }
    }
}
