using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    // What Get-CoolifyEnvironment adds to its generated part (the list, filtered by -Name): a plain name, or an id, is
    // got from the route that takes either (get-environment-by-name-or-uuid), which answers the whole environment; only
    // patterns filter the list.
    public sealed partial class GetCoolifyEnvironmentCommand
    {
        protected override void ProcessItem()
        {
            string[] names = Name;
            string[] plain = names?.Where(n => !WildcardPattern.ContainsWildcardCharacters(n)).ToArray();
            if (plain == null || plain.Length == 0)
            {
                base.ProcessItem();
                return;
            }

            if (!IsValidId(ProjectUuid, nameof(ProjectUuid)))
            {
                return;
            }

            var operation = ApiOperations.Get(OperationIds.GetEnvironmentByNameOrUuid);
            foreach (string name in plain.Where(n => IsValidId(n, nameof(Name))))
            {
                var request = new ApiRequest(operation, ProjectUuid, name);
                Run(request, response =>
                {
                    var environment = ReadObject<CoolifyEnvironment>(request, response);
                    environment.ProjectUuid = ProjectUuid;
                    WriteResource(environment);
                });
            }

            string[] patterns = names.Except(plain).ToArray();
            if (patterns.Length > 0)
            {
                // The list, filtered by the patterns alone; the plain names have been got above.
                Name = patterns;
                try
                {
                    base.ProcessItem();
                }
                finally
                {
                    Name = names;
                }
            }
        }
    }
}
