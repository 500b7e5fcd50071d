using System;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Deletes environment variables of an application, service or database, by id (as piped from Get-CoolifyEnvironmentVariable) or by key.</summary>
    [Cmdlet(VerbsCommon.Remove, "CoolifyEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyEnvironmentVariableCommand : OwnedResourceCmdlet
    {
        /// <summary>Ids of the variables (not their keys); piped variables bind it.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] Uuid { get; set; }

        /// <summary>Keys of the variables to delete; the module looks their ids up first.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] Key { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!IsValidOwner())
            {
                return;
            }

            if (Key != null)
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
            var list = new ApiRequest(OwnerOperation("list-envs-by-{owner}-uuid"), OwnerUuid);
            Run(list, response =>
            {
                var variables = ReadArray<CoolifyEnvironmentVariable>(list, response);
                foreach (string key in Key)
                {
                    var match = variables.FirstOrDefault(v => string.Equals(v.Key, key, StringComparison.Ordinal));
                    if (match == null)
                    {
                        WriteError(new CoolifyException(CoolifyErrorId.ResourceNotFound, ErrorCategory.ObjectNotFound,
                            "The " + OwnerLabel + " has no environment variable '" + key + "'.").ToErrorRecord(key));
                        continue;
                    }

                    Delete(match.Uuid, key);
                }
            });
        }

        private void Delete(string uuid, string label)
        {
            if (!ShouldProcess(OwnerLabel, "Delete environment variable " + label, Force))
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation("delete-env-by-{owner}-uuid"), OwnerUuid, uuid);
            Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "deleted " + label + ".")));
        }
    }
}
