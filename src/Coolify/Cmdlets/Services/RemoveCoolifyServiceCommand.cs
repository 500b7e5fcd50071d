using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Deletes services, with their containers, volumes, configuration and networks unless told to keep them.</summary>
    /// <remarks>
    /// <para>As in the Coolify dashboard, deleting a service also deletes its Docker volumes (its data), its configuration files on the server and the networks it was connected to, and cleans up unused images afterwards. -KeepVolumes, -KeepConfiguration, -KeepNetworks (alias -KeepConnectedNetworks) and -SkipDockerCleanup keep what they name. Every one of the four choices is sent to Coolify explicitly (delete_volumes, delete_configurations, delete_connected_networks and docker_cleanup, each true or false), so its defaults never decide.</para>
    /// <para>Deleting asks for confirmation (ConfirmImpact High); -Force or -Confirm:$false skips the question, and -WhatIf and -Confirm say exactly what would be deleted and what kept, e.g. "Delete service k0wcgw4 with its configuration files and connected networks (keeping its volumes), then run Docker cleanup". Nothing is written to the pipeline; -Verbose shows Coolify's answer.</para>
    /// </remarks>
    /// <example>See what would be deleted
    /// <code>
    /// Get-CoolifyService -Name 'test-*' | Remove-CoolifyService -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <example>Delete a service but keep its data
    /// <code>
    /// Remove-CoolifyService -Uuid ghost000000000000000004a -KeepVolumes -Force
    /// </code>
    /// <para>The volumes stay on the server, to be reused or backed up.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the services to delete; strings, or objects with a Uuid or ServiceUuid property from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Services.GetCoolifyServiceCommand"/>
    [Cmdlet(VerbsCommon.Remove, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyServiceCommand : ServiceIdsCmdlet
    {
        /// <summary>Keep the service's Docker volumes (its data).</summary>
        [Parameter]
        public SwitchParameter KeepVolumes { get; set; }

        /// <summary>Keep the configuration files on the server.</summary>
        [Parameter]
        public SwitchParameter KeepConfiguration { get; set; }

        /// <summary>Keep the Docker networks the service was connected to.</summary>
        [Parameter]
        [Alias("KeepConnectedNetworks")]
        public SwitchParameter KeepNetworks { get; set; }

        /// <summary>Skip the Docker cleanup (unused images and build cache on the server) that Coolify runs afterwards by default.</summary>
        [Parameter]
        public SwitchParameter SkipDockerCleanup { get; set; }

        /// <summary>Delete without asking for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessItem()
        {
            var operation = ApiOperations.Get(OperationIds.DeleteServiceByUuid);
            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid")
                    || !DeleteOptions.ShouldDelete(this, DeleteOptions.ActionText("service", uuid, KeepVolumes, KeepConfiguration, KeepNetworks, SkipDockerCleanup), Force))
                {
                    continue;
                }

                var request = DeleteOptions.AddQuery(new ApiRequest(operation, uuid), KeepVolumes, KeepConfiguration, KeepNetworks, SkipDockerCleanup);
                Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "service " + uuid + " deleted.")));
            }
        }
    }
}
