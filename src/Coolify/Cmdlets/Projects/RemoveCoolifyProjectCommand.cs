using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Deletes projects; Coolify refuses while a project still holds resources.</summary>
    /// <remarks>
    /// <para>Remove-CoolifyProject deletes each project whose id it is given or that is piped to it. Coolify refuses to delete a project that still has applications, services or databases: move or delete those first. Deleting asks for confirmation (ConfirmImpact High); -Force or -Confirm:$false skips the question, and -WhatIf shows what would be deleted.</para>
    /// </remarks>
    /// <example>See which projects would be deleted
    /// <code>
    /// Get-CoolifyProject -Name 'test-*' | Remove-CoolifyProject -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <example>Delete an empty project
    /// <code>
    /// Remove-CoolifyProject -Uuid prj1ops00000000000000000 -Force
    /// </code>
    /// <para>An error when the project still has resources.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Projects.GetCoolifyProjectCommand"/>
    [Cmdlet(VerbsCommon.Remove, "CoolifyProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyProjectCommand : CoolifyCmdlet
    {
        /// <summary>Ids of the projects; plain ids and piped projects bind it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        /// <summary>Deletes without asking for confirmation (as -Confirm:$false does).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessItem()
        {
            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid") || !ShouldProcess("project " + uuid, "Delete project", Force))
                {
                    continue;
                }

                var request = new ApiRequest(ApiOperations.Get(OperationIds.DeleteProjectByUuid), uuid);
                Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "project " + uuid + " deleted.")));
            }
        }
    }
}
