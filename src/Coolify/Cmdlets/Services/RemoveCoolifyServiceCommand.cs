using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>
    /// Deletes services. As in the Coolify dashboard, their volumes, configuration and connected
    /// networks go too, unless a -Keep… switch says otherwise.
    /// </summary>
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
