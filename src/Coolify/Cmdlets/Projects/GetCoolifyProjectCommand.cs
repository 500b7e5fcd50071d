using System.Management.Automation;
using Coolify.Completion;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Lists projects, filtered by name, or gets projects by id with their environments.</summary>
    /// <remarks>
    /// <para>Projects group resources, and each project has environments (production, staging, ...). Without parameters Get-CoolifyProject lists the team's projects; -Name keeps those whose name matches (wildcards allowed; a plain name that matches nothing is an error).</para>
    /// <para>With -Uuid, or ids and objects piped in, it gets each project with its Environments. A project object has a ProjectUuid property, so it pipes on to Get-CoolifyEnvironment, New-CoolifyService and the shared variable cmdlets.</para>
    /// </remarks>
    /// <example>List the projects
    /// <code>
    /// Get-CoolifyProject
    /// </code>
    /// <para>Name, id and description of each project.</para>
    /// </example>
    /// <example>The environments of a project
    /// <code>
    /// Get-CoolifyProject -Name web | Get-CoolifyEnvironment
    /// </code>
    /// <para>A piped project binds -ProjectUuid.</para>
    /// </example>
    /// <example>Get a project by id with its environments
    /// <code>
    /// Get-CoolifyProject -Uuid prj0web00000000000000000 | Select-Object -ExpandProperty Environments
    /// </code>
    /// <para>The environments' ids are what -EnvironmentUuid parameters take.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Projects.NewCoolifyProjectCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Projects.GetCoolifyEnvironmentCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyProject", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(CoolifyProject))]
    public sealed class GetCoolifyProjectCommand : CoolifyCmdlet
    {
        private const string ListSet = "List";
        private const string UuidSet = "Uuid";

        /// <summary>Names of the projects to keep; wildcards are allowed, and a plain name that matches nothing is an error.</summary>
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

        protected override void ProcessItem()
        {
            if (ParameterSetName == ListSet)
            {
                WriteListByName<CoolifyProject>(OperationIds.ListProjects, Name, "project");
                return;
            }

            WriteByIds<CoolifyProject>(OperationIds.GetProjectByUuid, Uuid, project =>
            {
                foreach (var environment in project.Environments ?? System.Array.Empty<CoolifyEnvironment>())
                {
                    environment.ProjectUuid = project.Uuid;
                }
            });
        }
    }
}
