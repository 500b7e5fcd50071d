using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Creates a project.</summary>
    [Cmdlet(VerbsCommon.New, "CoolifyProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyProject))]
    public sealed class NewCoolifyProjectCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Description { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcess(ActiveConnection.Url, "Create project " + Name))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.CreateProject))
                .WithBody(new JsonBody().Add("name", Name).Add("description", Description));
            request.Target = Name;
            Run(request, response => WriteResource(new CoolifyProject { Uuid = ReadField(response, "uuid"), Name = Name, Description = Description }));
        }
    }
}
