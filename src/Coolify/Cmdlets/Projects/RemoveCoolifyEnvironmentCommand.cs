using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Deletes an environment of a project; Coolify refuses while it still holds resources.</summary>
    /// <remarks>
    /// <para>Remove-CoolifyEnvironment deletes the environment -Name (its name or id) of the project -ProjectUuid; piped environments bind both. Coolify refuses while the environment still has resources. Deleting asks for confirmation (ConfirmImpact High); -Force or -Confirm:$false skips the question, and -WhatIf shows what would be deleted.</para>
    /// </remarks>
    /// <example>Delete an environment, after a look
    /// <code>
    /// Get-CoolifyProject -Name web | Get-CoolifyEnvironment -Name preview | Remove-CoolifyEnvironment -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <example>Delete an environment in a script
    /// <code>
    /// Remove-CoolifyEnvironment -ProjectUuid prj0web00000000000000000 -Name preview -Force
    /// </code>
    /// <para>An error when it still has resources.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Projects.GetCoolifyEnvironmentCommand"/>
    [Cmdlet(VerbsCommon.Remove, "CoolifyEnvironment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyEnvironmentCommand : CoolifyCmdlet
    {
        /// <summary>Id of the project; a piped project or environment binds it.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ProjectUuid { get; set; }

        /// <summary>Name (or id) of the environment; a piped environment binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string Name { get; set; }

        /// <summary>Deletes without asking for confirmation (as -Confirm:$false does).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidId(ProjectUuid, "ProjectUuid") || !IsValidId(Name, "Name")
                || !ShouldProcess("environment " + Name + " of project " + ProjectUuid, "Delete environment", Force))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(OperationIds.DeleteEnvironment), ProjectUuid, Name);
            Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "environment " + Name + " deleted.")));
        }
    }
}
