using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Renames a project or changes its description. Only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "CoolifyProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyProject))]
    public sealed class SetCoolifyProjectCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectUuid")]
        [AllowNull]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string Uuid { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter]
        public string Description { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
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

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.UpdateProject), Uuid).WithBody(body);
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
