using System.Collections;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Changes the settings of services: name, description, compose file, URLs and network options.</summary>
    /// <remarks>
    /// <para>Set-CoolifyService sends only the parameters you give, so everything else stays as it is; a command that gives none is refused before anything is sent. -DockerCompose replaces the compose file (plain text; the module base64-encodes it). -Url sets public URLs per container, e.g. @{ n8n = 'https://n8n.example.com' }.</para>
    /// <para>Changes take effect when the service is restarted: add -InstantDeploy to restart it right away. -PassThru writes the service as Coolify stored it.</para>
    /// </remarks>
    /// <example>Rename a service
    /// <code>
    /// Get-CoolifyService -Name n8n | Set-CoolifyService -Name automation -Description 'workflow automation'
    /// </code>
    /// <para>Only the name and description are sent.</para>
    /// </example>
    /// <example>Give a container a new URL and restart the service
    /// <code>
    /// Set-CoolifyService -Uuid k0wcgw4 -Url @{ n8n = 'https://flows.example.com' } -InstantDeploy -PassThru
    /// </code>
    /// <para>-ForceDomainOverride takes the domain even when another resource uses it.</para>
    /// </example>
    /// <example>Replace the compose file of services, after a look
    /// <code>
    /// Get-CoolifyService -Name 'wiki*' | Set-CoolifyService -DockerCompose (Get-Content -Raw ./compose.yaml) -WhatIf
    /// </code>
    /// <para>-WhatIf shows each change without sending it.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the services to change; strings, or objects with a Uuid or ServiceUuid property from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Services.GetCoolifyServiceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Services.RestartCoolifyServiceCommand"/>
    [Cmdlet(VerbsCommon.Set, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CoolifyService))]
    public sealed class SetCoolifyServiceCommand : ServiceIdsCmdlet
    {
        /// <summary>The new name of the service.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>The new description of the service.</summary>
        [Parameter]
        public string Description { get; set; }

        /// <summary>The new docker compose file as plain text; the module base64-encodes it.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string DockerCompose { get; set; }

        /// <summary>URLs per container of the service: @{ 'n8n' = 'https://n8n.example.com' }.</summary>
        [Parameter]
        public IDictionary Url { get; set; }

        /// <summary>Take the URLs even when another resource already uses the domain.</summary>
        [Parameter]
        public SwitchParameter ForceDomainOverride { get; set; }

        /// <summary>Connect the service's containers to the predefined Docker network.</summary>
        [Parameter]
        public bool? ConnectToDockerNetwork { get; set; }

        /// <summary>Whether Coolify escapes $ in container labels (Coolify's default: yes); $false lets labels use variables.</summary>
        [Parameter]
        public bool? ContainerLabelEscape { get; set; }

        /// <summary>Restart the service right after the change.</summary>
        [Parameter]
        public SwitchParameter InstantDeploy { get; set; }

        /// <summary>Write the updated service to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessItem()
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

            var operation = ApiOperations.Get(OperationIds.UpdateServiceByUuid);
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
                        var read = new ApiRequest(ApiOperations.Get(OperationIds.GetServiceByUuid), uuid);
                        Run(read, answer => WriteResource(ReadObject<CoolifyService>(read, answer)));
                    }
                });
            }
        }
    }
}
