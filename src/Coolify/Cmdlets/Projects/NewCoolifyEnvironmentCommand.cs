using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Adds an environment to a project.</summary>
    /// <remarks>
    /// <para>New-CoolifyEnvironment adds an environment named -Name to the project -ProjectUuid (a piped project binds it) and writes it with its new id.</para>
    /// </remarks>
    /// <example>Add a staging environment
    /// <code>
    /// Get-CoolifyProject -Name web | New-CoolifyEnvironment -Name preview
    /// </code>
    /// <para>Writes the new environment.</para>
    /// </example>
    /// <example>Add an environment by project id
    /// <code>
    /// New-CoolifyEnvironment -ProjectUuid prj1ops00000000000000000 -Name qa -WhatIf
    /// </code>
    /// <para>Leave out -WhatIf to create it.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Projects.GetCoolifyEnvironmentCommand"/>
    [Cmdlet(VerbsCommon.New, "CoolifyEnvironment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyEnvironment))]
    public sealed class NewCoolifyEnvironmentCommand : CoolifyCmdlet
    {
        /// <summary>Id of the project; a piped project binds it.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ProjectUuid { get; set; }

        /// <summary>Name of the new environment, e.g. staging.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidId(ProjectUuid, "ProjectUuid") || !ShouldProcess("project " + ProjectUuid, "Create environment " + Name))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(OperationIds.CreateEnvironment), ProjectUuid).WithBody(new JsonBody().Add("name", Name));
            request.Target = Name;
            Run(request, response => WriteResource(new CoolifyEnvironment { Uuid = ReadField(response, "uuid"), Name = Name, ProjectUuid = ProjectUuid }));
        }
    }
}
