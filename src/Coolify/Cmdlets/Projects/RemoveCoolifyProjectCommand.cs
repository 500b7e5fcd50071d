using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Deletes projects. Coolify refuses to delete a project that still holds resources.</summary>
    [Cmdlet(VerbsCommon.Remove, "CoolifyProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyProjectCommand : CoolifyCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid") || !ShouldProcess("project " + uuid, "Delete project", Force))
                {
                    continue;
                }

                var request = new ApiRequest(ApiOperations.Get(ApiOperations.DeleteProject), uuid);
                Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "project " + uuid + " deleted.")));
            }
        }
    }
}
