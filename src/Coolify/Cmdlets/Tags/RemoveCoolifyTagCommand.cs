using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Tags
{
    /// <summary>Takes tags off an application, a service or a database, or deletes tags from the team.</summary>
    /// <remarks>
    /// <para>With -ApplicationUuid, -ServiceUuid or -DatabaseUuid (or piped tags of a resource, from Get-CoolifyTag on that resource) the tags are taken off that resource only; they stay in the team.</para>
    /// <para>Without one of those the tags are deleted from the team, and so from every resource that carries them: that asks for confirmation twice (ShouldProcess, then a yes/no question), unless -Force. -WhatIf shows what would be removed.</para>
    /// </remarks>
    /// <example>Take a tag off an application
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Get-CoolifyTag -Name prod | Remove-CoolifyTag
    /// </code>
    /// <para>The tag stays in the team.</para>
    /// </example>
    /// <example>Delete unused-looking tags from the team, after a look
    /// <code>
    /// Get-CoolifyTag -Name 'tmp-*' | Remove-CoolifyTag -WhatIf
    /// </code>
    /// <para>Add -Force to delete them without questions.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Tags.GetCoolifyTagCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Tags.AddCoolifyTagCommand"/>
    [Cmdlet(VerbsCommon.Remove, "CoolifyTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = TeamSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyTagCommand : QueuedOwnedResourceCmdlet
    {
        private const string TeamSet = "Team";

        /// <summary>Ids of the tags; piped tags bind it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TagUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] Uuid { get; set; }

        /// <summary>Deletes team tags without asking for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessItem()
        {
            if (HasOwner && !IsValidOwner())
            {
                return;
            }

            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid"))
                {
                    continue;
                }

                ApiRequest request;
                if (HasOwner)
                {
                    if (!ShouldProcess(OwnerLabel, "Remove tag " + uuid))
                    {
                        continue;
                    }

                    request = new ApiRequest(OwnerOperation(OwnedOperations.DeleteTagByOwnerUuid), OwnerUuid, uuid);
                }
                else
                {
                    // A team tag goes from every resource that carries it, so this asks like any delete.
                    if (!ShouldProcess("tag " + uuid, "Delete tag from the team", Force)
                        || (!Force && !ShouldContinue("Delete tag " + uuid + " from the team and from every resource that carries it?", "Delete team tag")))
                    {
                        continue;
                    }

                    request = new ApiRequest(ApiOperations.Get(OperationIds.DeleteTagByUuid), uuid);
                }

                Queue(request, response => ReportDeleted(response, "tag " + uuid + " removed."));
            }
        }
    }
}
