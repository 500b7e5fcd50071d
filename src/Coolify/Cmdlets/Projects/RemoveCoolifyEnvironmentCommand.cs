using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Deletes an environment of a project. Coolify refuses while it still holds resources.</summary>
    [Cmdlet(VerbsCommon.Remove, "CoolifyEnvironment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyEnvironmentCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ProjectUuid { get; set; }

        /// <summary>Name (or id) of the environment; a piped environment binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string Name { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ProjectUuid, "ProjectUuid") || !IsValidId(Name, "Name")
                || !ShouldProcess("environment " + Name + " of project " + ProjectUuid, "Delete environment", Force))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.DeleteEnvironment), ProjectUuid, Name);
            Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "environment " + Name + " deleted.")));
        }
    }
}
