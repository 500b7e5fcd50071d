using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    /// <summary>Lists the environments of a project, or gets environments by name or id.</summary>
    /// <remarks>
    /// <para>Get-CoolifyEnvironment lists the environments of the project -ProjectUuid (a piped project binds it). -Name gets environments by name or id; names with wildcards filter the list. Each environment carries its project's id, so it pipes on to Set- and Remove-CoolifyEnvironment, and its Uuid is what -EnvironmentUuid parameters take.</para>
    /// </remarks>
    /// <example>The environments of a project
    /// <code>
    /// Get-CoolifyProject -Name web | Get-CoolifyEnvironment
    /// </code>
    /// <para>Name and id of each environment.</para>
    /// </example>
    /// <example>The id of the staging environment
    /// <code>
    /// (Get-CoolifyEnvironment -ProjectUuid prj0web00000000000000000 -Name staging).Uuid
    /// </code>
    /// <para>For -EnvironmentUuid of Move-CoolifyApplication and others.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Projects.NewCoolifyEnvironmentCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Projects.GetCoolifyProjectCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyEnvironment")]
    [OutputType(typeof(CoolifyEnvironment))]
    public sealed class GetCoolifyEnvironmentCommand : CoolifyCmdlet
    {
        /// <summary>Id of the project; a piped project binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ProjectUuid { get; set; }

        /// <summary>Environment names (or ids) to get; wildcards filter the list.</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidId(ProjectUuid, "ProjectUuid"))
            {
                return;
            }

            var patterns = new System.Collections.Generic.List<string>();
            foreach (string name in Name ?? System.Array.Empty<string>())
            {
                if (WildcardPattern.ContainsWildcardCharacters(name))
                {
                    patterns.Add(name);
                }
                else if (IsValidId(name, "Name"))
                {
                    var one = new ApiRequest(ApiOperations.Get(OperationIds.GetEnvironmentByNameOrUuid), ProjectUuid, name);
                    Run(one, response => Write(ReadObject<CoolifyEnvironment>(one, response)));
                }
            }

            if (Name != null && patterns.Count == 0)
            {
                return;
            }

            var filter = new NameFilter(patterns.ToArray());
            var list = new ApiRequest(ApiOperations.Get(OperationIds.GetEnvironments), ProjectUuid);
            Run(list, response =>
            {
                foreach (var environment in ReadArray<CoolifyEnvironment>(list, response))
                {
                    if (filter.IsMatch(environment.Name))
                    {
                        Write(environment);
                    }
                }
            });
        }

        private void Write(CoolifyEnvironment environment)
        {
            environment.ProjectUuid = ProjectUuid;
            WriteResource(environment);
        }
    }
}
