using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Renames a project or changes its description.</summary>
    /// <remarks>
    /// <para>Set-CoolifyProject sends only the parameters given; a command that gives neither -Name nor -Description is refused before anything is sent. -PassThru writes the project as Coolify stored it.</para>
    /// </remarks>
    /// <example>Rename a project
    /// <code>
    /// Get-CoolifyProject -Name web | Set-CoolifyProject -Name website -PassThru
    /// </code>
    /// <para>Writes the renamed project.</para>
    /// </example>
    /// <example>Change a description by id
    /// <code>
    /// Set-CoolifyProject -Uuid prj1ops00000000000000000 -Description 'Workers and caches' -WhatIf
    /// </code>
    /// <para>Leave out -WhatIf to send it.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Projects.GetCoolifyProjectCommand"/>
    [Cmdlet(VerbsCommon.Set, "CoolifyProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyProject))]
    public sealed class SetCoolifyProjectCommand : CoolifyCmdlet
    {
        /// <summary>Id of the project; a piped project (or its id) binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectUuid")]
        [AllowNull]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string Uuid { get; set; }

        /// <summary>The new name of the project.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>The new description of the project.</summary>
        [Parameter]
        public string Description { get; set; }

        /// <summary>Write the project as Coolify stored it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessItem()
        {
            var body = new JsonBody().Add("name", Name).Add("description", Description);
            if (body.Count == 0)
            {
                ThrowTerminatingError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                    "Nothing to change: give -Name or -Description.").ToErrorRecord(null));
            }

            if (!IsValidId(Uuid, "Uuid") || !ShouldProcess("project " + Uuid, "Update project"))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(OperationIds.UpdateProjectByUuid), Uuid).WithBody(body);
            Run(request, response =>
            {
                if (PassThru)
                {
                    WriteResource(ReadObject<CoolifyProject>(request, response));
                }
            });
        }
    }
}
