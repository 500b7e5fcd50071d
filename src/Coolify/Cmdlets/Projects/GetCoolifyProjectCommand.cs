using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Lists projects, filtered by name, or gets projects by id with their environments.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyProject", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(CoolifyProject))]
    public sealed class GetCoolifyProjectCommand : CoolifyCmdlet
    {
        private const string ListSet = "List";
        private const string UuidSet = "Uuid";

        /// <summary>Names to keep; wildcards allowed.</summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Name { get; set; }

        /// <summary>Ids of the projects; strings or objects with a Uuid (or ProjectUuid) property from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectUuid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(ResourceCompleter))]
        public string[] Uuid { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WriteListByName<CoolifyProject>(ApiOperations.ListProjects, Name, "project");
                return;
            }

            WriteByIds<CoolifyProject>(ApiOperations.GetProject, Uuid, project =>
            {
                foreach (var environment in project.Environments ?? System.Array.Empty<CoolifyEnvironment>())
                {
                    environment.ProjectUuid = project.Uuid;
                }
            });
        }
    }
}
