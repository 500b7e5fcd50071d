using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Lists the environment variables of an application, service or database. Values come back only when the token has read:sensitive.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyEnvironmentVariable", DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyEnvironmentVariable))]
    public sealed class GetCoolifyEnvironmentVariableCommand : OwnedResourceCmdlet
    {
        /// <summary>Keys to keep; wildcards allowed.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Key { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidOwner())
            {
                return;
            }

            var filter = new NameFilter(Key);
            var request = new ApiRequest(OwnerOperation("list-envs-by-{owner}-uuid"), OwnerUuid);
            Run(request, response =>
            {
                foreach (var variable in ReadArray<CoolifyEnvironmentVariable>(request, response))
                {
                    if (filter.IsMatch(variable.Key))
                    {
                        SetOwner(variable);
                        WriteResource(variable);
                    }
                }

                foreach (string key in filter.Unmatched())
                {
                    WriteError(new CoolifyException(CoolifyErrorId.ResourceNotFound, ErrorCategory.ObjectNotFound,
                        "The " + OwnerLabel + " has no environment variable '" + key + "'.").ToErrorRecord(key));
                }
            });
        }
    }
}
