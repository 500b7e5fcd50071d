using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Adds an environment to a project.</summary>
    [Cmdlet(VerbsCommon.New, "CoolifyEnvironment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyEnvironment))]
    public sealed class NewCoolifyEnvironmentCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ProjectUuid { get; set; }

        /// <summary>Name of the new environment, e.g. staging.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ProjectUuid, "ProjectUuid") || !ShouldProcess("project " + ProjectUuid, "Create environment " + Name))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.CreateEnvironment), ProjectUuid).WithBody(new JsonBody().Add("name", Name));
            request.Target = Name;
            Run(request, response => WriteResource(new CoolifyEnvironment { Uuid = ReadField(response, "uuid"), Name = Name, ProjectUuid = ProjectUuid }));
        }
    }
}
