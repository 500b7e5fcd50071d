using System;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Deletes environment variables of a service, by id (as piped from Get-CoolifyEnvironmentVariable) or by key.</summary>
    [Cmdlet(VerbsCommon.Remove, "CoolifyEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = UuidSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyEnvironmentVariableCommand : CoolifyCmdlet
    {
        private const string UuidSet = "Uuid";
        private const string KeySet = "Key";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        /// <summary>Ids of the variables (not their keys).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = UuidSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] Uuid { get; set; }

        /// <summary>Keys of the variables to delete; the module looks their ids up first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = KeySet)]
        [ValidateNotNullOrEmpty]
        public string[] Key { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidId(ServiceUuid, "ServiceUuid"))
            {
                return;
            }

            if (ParameterSetName == KeySet)
            {
                RemoveByKey();
                return;
            }

            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (IsValidId(uuid, "Uuid"))
                {
                    Delete(uuid, uuid);
                }
            }
        }

        private void RemoveByKey()
        {
            var list = new ApiRequest(ApiOperations.Get(ApiOperations.ListServiceEnvs), ServiceUuid);
            Run(list, response =>
            {
                var variables = ReadArray<CoolifyEnvironmentVariable>(list, response);
                foreach (string key in Key)
                {
                    var match = variables.FirstOrDefault(v => string.Equals(v.Key, key, StringComparison.Ordinal));
                    if (match == null)
                    {
                        WriteError(new CoolifyException(CoolifyErrorId.ResourceNotFound, ErrorCategory.ObjectNotFound,
                            "Service " + ServiceUuid + " has no environment variable '" + key + "'.").ToErrorRecord(key));
                        continue;
                    }

                    Delete(match.Uuid, key);
                }
            });
        }

        private void Delete(string uuid, string label)
        {
            if (!ShouldProcess("service " + ServiceUuid, "Delete environment variable " + label, Force))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.DeleteServiceEnv), ServiceUuid, uuid);
            Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "deleted " + label + ".")));
        }
    }
}
