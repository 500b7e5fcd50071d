using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Tags
{
    /// <summary>Lists the team's tags, or the tags on an application, service or database.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyTag", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(CoolifyTag))]
    public sealed class GetCoolifyTagCommand : OwnedResourceCmdlet
    {
        private const string AllSet = "All";

        /// <summary>Tag names to keep; wildcards allowed.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; }

        protected override void ProcessRecord()
        {
            if (HasOwner && !IsValidOwner())
            {
                return;
            }

            var filter = new NameFilter(Name);
            var request = HasOwner ? new ApiRequest(OwnerOperation("list-tags-by-{owner}-uuid"), OwnerUuid) : new ApiRequest(ApiOperations.Get("list-tags"));
            Run(request, response =>
            {
                foreach (var tag in ReadArray<CoolifyTag>(request, response))
                {
                    if (filter.IsMatch(tag.Name))
                    {
                        if (HasOwner)
                        {
                            SetOwner(tag);
                        }

                        WriteResource(tag);
                    }
                }

                WriteUnmatched(filter, HasOwner ? "tag on the " + OwnerLabel : "tag");
            });
        }
    }
}
