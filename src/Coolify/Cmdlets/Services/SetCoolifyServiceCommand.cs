using System.Collections;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Changes settings of services. Only the parameters given are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyService))]
    public sealed class SetCoolifyServiceCommand : ServiceIdsCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter]
        public string Description { get; set; }

        /// <summary>The new docker compose file as plain text; the module base64-encodes it.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string DockerCompose { get; set; }

        /// <summary>URLs per container of the service: @{ 'n8n' = 'https://n8n.example.com' }.</summary>
        [Parameter]
        public IDictionary Url { get; set; }

        [Parameter]
        public SwitchParameter ForceDomainOverride { get; set; }

        /// <summary>Connect the service's containers to the predefined Docker network.</summary>
        [Parameter]
        public bool? ConnectToDockerNetwork { get; set; }

        [Parameter]
        public bool? ContainerLabelEscape { get; set; }

        /// <summary>Restart the service right after the change.</summary>
        [Parameter]
        public SwitchParameter InstantDeploy { get; set; }

        /// <summary>Write the updated service to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var body = new JsonBody()
                .Add("name", Name)
                .Add("description", Description)
                .Add("docker_compose_raw", BodyValues.Base64(DockerCompose))
                .Add("urls", BodyValues.Urls(Url))
                .Add("force_domain_override", ForceDomainOverride.IsPresent ? true : (bool?)null)
                .Add("connect_to_docker_network", ConnectToDockerNetwork)
                .Add("is_container_label_escape_enabled", ContainerLabelEscape)
                .Add("instant_deploy", InstantDeploy.IsPresent ? true : (bool?)null);
            if (body.Count == 0)
            {
                ThrowTerminatingError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                    "Nothing to change: give at least one setting, such as -Name, -Description or -DockerCompose.").ToErrorRecord(null));
            }

            var operation = ApiOperations.Get(ApiOperations.UpdateService);
            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid") || !ShouldProcess("service " + uuid, "Update service"))
                {
                    continue;
                }

                var request = new ApiRequest(operation, uuid).WithBody(body);
                Run(request, response =>
                {
                    if (PassThru)
                    {
                        var read = new ApiRequest(ApiOperations.Get(ApiOperations.GetService), uuid);
                        Run(read, answer => WriteResource(ReadObject<CoolifyService>(read, answer)));
                    }
                });
            }
        }
    }
}
