using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Lists the environment variables of a service. Values come back only when the token has read:sensitive.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyEnvironmentVariable", DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyEnvironmentVariable))]
    public sealed class GetCoolifyEnvironmentVariableCommand : CoolifyCmdlet
    {
        private const string ServiceSet = "Service";

        /// <summary>Id of the service; a piped service binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ServiceSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        /// <summary>Keys to keep; wildcards allowed.</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Key { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServiceUuid, "ServiceUuid"))
            {
                return;
            }

            var filter = new NameFilter(Key);
            var request = new ApiRequest(ApiOperations.Get(ApiOperations.ListServiceEnvs), ServiceUuid);
            Run(request, response =>
            {
                foreach (var variable in ReadArray<CoolifyEnvironmentVariable>(request, response))
                {
                    if (filter.IsMatch(variable.Key))
                    {
                        variable.ServiceUuid = ServiceUuid;
                        WriteResource(variable);
                    }
                }

                foreach (string key in filter.Unmatched())
                {
                    WriteError(new CoolifyException(CoolifyErrorId.ResourceNotFound, ErrorCategory.ObjectNotFound,
                        "Service " + ServiceUuid + " has no environment variable '" + key + "'.").ToErrorRecord(key));
                }
            });
        }
    }
}
