using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Tags
{
    /// <summary>Puts tags on an application, a service or a database, creating the tags that do not exist yet.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). It writes the resource's tags afterwards. Tags are how Deploy-CoolifyApplication -Tag and Get-CoolifyApplication -Tag find resources.</para>
    /// </remarks>
    /// <example>Tag an application
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Add-CoolifyTag -Name prod, frontend
    /// </code>
    /// <para>Writes every tag the application has afterwards.</para>
    /// </example>
    /// <example>Tag every service whose name starts with n8n
    /// <code>
    /// Get-CoolifyService -Name 'n8n*' | Add-CoolifyTag -Name automation -WhatIf
    /// </code>
    /// <para>Leave out -WhatIf to tag them.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Tags.GetCoolifyTagCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Tags.RemoveCoolifyTagCommand"/>
    [Cmdlet(VerbsCommon.Add, "CoolifyTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyTag))]
    public sealed class AddCoolifyTagCommand : QueuedOwnedResourceCmdlet
    {
        /// <summary>Tag names.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidOwner() || !ShouldProcess(OwnerLabel, "Add tags " + string.Join(", ", Name)))
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation(OwnedOperations.CreateTagByOwnerUuid), OwnerUuid)
                .WithBody(new JsonBody().Add("tag_names", Name));
            Queue(request, response =>
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
