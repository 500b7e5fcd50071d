using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Deletes services, with their containers, volumes, configuration and networks unless told to keep them.</summary>
    /// <remarks>
    /// <para>As in the Coolify dashboard, deleting a service also deletes its Docker volumes (its data), its configuration files on the server and the networks it was connected to, and cleans up unused images afterwards. -KeepVolumes, -KeepConfiguration, -KeepConnectedNetworks and -SkipDockerCleanup keep what they name.</para>
    /// <para>Deleting asks for confirmation (ConfirmImpact High); -Force or -Confirm:$false skips the question, and -WhatIf shows what would be deleted. Nothing is written to the pipeline; -Verbose shows Coolify's answer.</para>
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
        public SwitchParameter KeepConnectedNetworks { get; set; }

        /// <summary>Skip removing unused images and build cache afterwards.</summary>
        [Parameter]
        public SwitchParameter SkipDockerCleanup { get; set; }

        /// <summary>Delete without asking for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var operation = ApiOperations.Get(ApiOperations.DeleteService);
            string what = KeepVolumes ? "Delete service (volumes kept)" : "Delete service and its volumes";
            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid") || !ShouldProcess("service " + uuid, what, Force))
                {
                    continue;
                }

                var request = new ApiRequest(operation, uuid)
                    .AddQuery("delete_volumes", KeepVolumes ? false : (bool?)null)
                    .AddQuery("delete_configurations", KeepConfiguration ? false : (bool?)null)
                    .AddQuery("delete_connected_networks", KeepConnectedNetworks ? false : (bool?)null)
                    .AddQuery("docker_cleanup", SkipDockerCleanup ? false : (bool?)null);
                Run(request, response => WriteVerbose("Coolify: " + (ReadField(response, "message") ?? "service " + uuid + " deleted.")));
            }
        }
    }
}
