using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Creates a project.</summary>
    /// <remarks>
    /// <para>New-CoolifyProject creates a project in the token's team and writes it with its new id. Coolify gives a new project a production environment; New-CoolifyEnvironment adds more.</para>
    /// </remarks>
    /// <example>Create a project
    /// <code>
    /// New-CoolifyProject -Name intranet -Description 'Internal tools'
    /// </code>
    /// <para>Writes the project and its id.</para>
    /// </example>
    /// <example>Create a project with a staging environment
    /// <code>
    /// New-CoolifyProject -Name shop | New-CoolifyEnvironment -Name staging
    /// </code>
    /// <para>The new project pipes on by its ProjectUuid.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Projects.GetCoolifyProjectCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Projects.NewCoolifyEnvironmentCommand"/>
    [Cmdlet(VerbsCommon.New, "CoolifyProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyProject))]
    public sealed class NewCoolifyProjectCommand : CoolifyCmdlet
    {
        /// <summary>Name of the new project.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>A description of the project.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Description { get; set; }

        protected override void ProcessItem()
        {
            if (!ShouldProcess(ActiveConnection.Url, "Create project " + Name))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(OperationIds.CreateProject))
                .WithBody(new JsonBody().Add("name", Name).Add("description", Description));
            request.Target = Name;
            Run(request, response => WriteResource(new CoolifyProject { Uuid = ReadField(response, "uuid"), Name = Name, Description = Description }));
        }
    }
}
