using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Tags
{
    /// <summary>Lists the team's tags, or the tags on an application, a service or a database.</summary>
    /// <remarks>
    /// <para>Without an owner Get-CoolifyTag lists every tag of the token's team. With -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or a resource piped in, it lists that resource's tags. -Name keeps the tags whose name matches (wildcards allowed; a plain name that matches nothing is an error).</para>
    /// <para>Tags group resources: Deploy-CoolifyApplication -Tag deploys every resource with a tag, and Get-CoolifyApplication -Tag lists them.</para>
    /// </remarks>
    /// <example>List the team's tags
    /// <code>
    /// Get-CoolifyTag
    /// </code>
    /// <para>Name and id of each tag.</para>
    /// </example>
    /// <example>The tags of an application
    /// <code>
    /// Get-CoolifyApplication -Name api-backend | Get-CoolifyTag
    /// </code>
    /// <para>Each tag carries the application's id, for Remove-CoolifyTag.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Tags.AddCoolifyTagCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Tags.RemoveCoolifyTagCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Deployments.DeployCoolifyApplicationCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyTag", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(CoolifyTag))]
    public sealed class GetCoolifyTagCommand : QueuedOwnedResourceCmdlet
    {
        private const string AllSet = "All";

        /// <summary>Tag names to keep; wildcards allowed.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; }

        protected override void ProcessItem()
        {
            if (HasOwner && !IsValidOwner())
            {
                return;
            }

            var filter = new NameFilter(Name);
            var request = HasOwner ? new ApiRequest(OwnerOperation(OwnedOperations.ListTagsByOwnerUuid), OwnerUuid) : new ApiRequest(ApiOperations.Get(OperationIds.ListTags));
            Queue(request, response =>
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
