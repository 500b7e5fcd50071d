using System;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Deletes environment variables of an application, a service or a database, by id or by key.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). Give the variables' ids with -Uuid (piped variables from Get-CoolifyEnvironmentVariable bind it), or their keys with -Key, which the module looks up first; a key that is missing is an error.</para>
    /// <para>Deleting asks for confirmation (ConfirmImpact High); -Force or -Confirm:$false skips the question, and -WhatIf shows what would be deleted. Nothing is written; -Verbose shows Coolify's answer.</para>
    /// </remarks>
    /// <example>Delete a variable by key
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Remove-CoolifyEnvironmentVariable -Key API_URL -WhatIf
    /// </code>
    /// <para>Leave out -WhatIf to delete it.</para>
    /// </example>
    /// <example>Delete every variable whose key starts with OLD_
    /// <code>
    /// Get-CoolifyService -Name n8n | Get-CoolifyEnvironmentVariable -Key 'OLD_*' | Remove-CoolifyEnvironmentVariable -Force
    /// </code>
    /// <para>Piped variables carry their owner's id and their own; -Force skips the prompt.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.GetCoolifyEnvironmentVariableCommand"/>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.ImportCoolifyEnvironmentVariableCommand"/>
    [Cmdlet(VerbsCommon.Remove, "CoolifyEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyEnvironmentVariableCommand : QueuedOwnedResourceCmdlet
    {
        /// <summary>Ids of the variables (not their keys); piped variables bind it.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] Uuid { get; set; }

        /// <summary>Keys of the variables to delete; the module looks their ids up first.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] Key { get; set; }

        /// <summary>Deletes without asking for confirmation (as -Confirm:$false does).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessItem()
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
            var list = new ApiRequest(OwnerOperation(OwnedOperations.ListEnvsByOwnerUuid), OwnerUuid);
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

            var request = new ApiRequest(OwnerOperation(OwnedOperations.DeleteEnvByOwnerUuid), OwnerUuid, uuid);
            Queue(request, response => ReportDeleted(response, "deleted " + label + "."));
        }
    }
}
