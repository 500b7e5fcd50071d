using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>
    /// Changes environment variables of a service: one (-Key, -Value; Coolify finds it by key) or many
    /// at once in one request (-Variable @{ KEY = 'value'; … }, which also creates missing keys).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CoolifyEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SingleSet)]
    [OutputType(typeof(CoolifyEnvironmentVariable))]
    public sealed class SetCoolifyEnvironmentVariableCommand : EnvironmentVariableFlagsCmdlet
    {
        private const string SingleSet = "Single";
        private const string BulkSet = "Bulk";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = SingleSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Key { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = SingleSet, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Value { get; set; }

        /// <summary>Keys and values to set in one request; the flags given apply to each.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = BulkSet)]
        [ValidateNotNullOrEmpty]
        public IDictionary Variable { get; set; }

        /// <summary>Write the variables as Coolify stored them.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServiceUuid, "ServiceUuid"))
            {
                return;
            }

            ApiRequest request;
            if (ParameterSetName == BulkSet)
            {
                var keys = Variable.Keys.Cast<object>().Select(k => System.Convert.ToString(k, CultureInfo.InvariantCulture)).ToArray();
                if (!ShouldProcess("service " + ServiceUuid, "Set environment variables " + string.Join(", ", keys)))
                {
                    return;
                }

                var data = Variable.Cast<DictionaryEntry>()
                    .Select(e => AddFlags(new JsonBody()
                        .Add("key", System.Convert.ToString(e.Key, CultureInfo.InvariantCulture))
                        .Add("value", System.Convert.ToString(e.Value is PSObject p ? p.BaseObject : e.Value, CultureInfo.InvariantCulture) ?? string.Empty)))
                    .ToList();
                request = new ApiRequest(ApiOperations.Get(ApiOperations.UpdateServiceEnvsBulk), ServiceUuid).WithBody(new JsonBody().Add("data", data));
            }
            else
            {
                if (!ShouldProcess("service " + ServiceUuid, "Set environment variable " + Key))
                {
                    return;
                }

                request = new ApiRequest(ApiOperations.Get(ApiOperations.UpdateServiceEnv), ServiceUuid)
                    .WithBody(AddFlags(new JsonBody().Add("key", Key).Add("value", Value ?? string.Empty)));
                request.Target = Key;
            }

            Run(request, response =>
            {
                if (!PassThru)
                {
                    return;
                }

                foreach (var variable in ReadArray<CoolifyEnvironmentVariable>(request, response))
                {
                    variable.ServiceUuid = ServiceUuid;
                    WriteResource(variable);
                }
            });
        }
    }
}
