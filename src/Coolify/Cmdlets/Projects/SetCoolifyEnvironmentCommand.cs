using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Renames an environment or changes its description.</summary>
    /// <remarks>
    /// <para>Set-CoolifyEnvironment changes the environment -Name (its current name or id) of the project -ProjectUuid; piped environments bind both. Only -NewName and -Description are sent, as given; a command with neither is refused before anything is sent. Nothing is written to the pipeline.</para>
    /// </remarks>
    /// <example>Rename an environment
    /// <code>
    /// Get-CoolifyProject -Name web | Get-CoolifyEnvironment -Name staging | Set-CoolifyEnvironment -NewName qa
    /// </code>
    /// <para>The piped environment gives its project and name.</para>
    /// </example>
    /// <example>Describe an environment
    /// <code>
    /// Set-CoolifyEnvironment -ProjectUuid prj0web00000000000000000 -Name production -Description 'Customer-facing' -WhatIf
    /// </code>
    /// <para>Leave out -WhatIf to send it.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Projects.GetCoolifyEnvironmentCommand"/>
    [Cmdlet(VerbsCommon.Set, "CoolifyEnvironment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class SetCoolifyEnvironmentCommand : CoolifyCmdlet
    {
        /// <summary>Id of the project; a piped project or environment binds it.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ProjectUuid { get; set; }

        /// <summary>Current name (or id) of the environment; a piped environment binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("EnvironmentUuid")]
        [AllowNull]
        [AllowEmptyString]
        public string Name { get; set; }

        /// <summary>The new name of the environment.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string NewName { get; set; }

        /// <summary>The new description of the environment.</summary>
        [Parameter]
        public string Description { get; set; }

        protected override void ProcessItem()
        {
            var body = new JsonBody().Add("name", NewName).Add("description", Description);
            if (body.Count == 0)
            {
                ThrowTerminatingError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                    "Nothing to change: give -NewName or -Description.").ToErrorRecord(null));
            }

            if (!IsValidId(ProjectUuid, "ProjectUuid") || !IsValidId(Name, "Name")
                || !ShouldProcess("environment " + Name + " of project " + ProjectUuid, "Update environment"))
            {
                return;
            }

            Run(new ApiRequest(ApiOperations.Get(OperationIds.UpdateEnvironment), ProjectUuid, Name).WithBody(body), response => { });
        }
    }
}
