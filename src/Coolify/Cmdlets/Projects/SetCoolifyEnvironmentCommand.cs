using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Renames an environment or changes its description. Only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "CoolifyEnvironment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class SetCoolifyEnvironmentCommand : CoolifyCmdlet
    {
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

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string NewName { get; set; }

        [Parameter]
        public string Description { get; set; }

        protected override void ProcessRecord()
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

            Run(new ApiRequest(ApiOperations.Get(ApiOperations.UpdateEnvironment), ProjectUuid, Name).WithBody(body), response => { });
        }
    }
}
