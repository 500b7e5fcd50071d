using System.Collections;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Creates a service from a one-click template or from a docker compose file.</summary>
    /// <remarks>
    /// <para>With -Type, New-CoolifyService creates the service from one of Coolify's one-click templates (the name Coolify uses, e.g. n8n, plausible, uptime-kuma, minio); with -DockerCompose, from a compose file's text, which the module base64-encodes as Coolify expects.</para>
    /// <para>The service goes into a project environment (-ProjectUuid with -EnvironmentName or -EnvironmentUuid) on a server (-ServerUuid); -DestinationUuid picks the Docker network when the server has more than one. -Url sets public URLs per container. The service is not started unless you add -InstantDeploy.</para>
    /// <para>It writes the new service. -WhatIf shows what would be created without creating it.</para>
    /// </remarks>
    /// <example>Create an n8n service and start it
    /// <code>
    /// New-CoolifyService -Type n8n -Name automation -ProjectUuid prj1ops00000000000000000 -ServerUuid srv0localhost0000000000a `
    ///     -EnvironmentName production -Url @{ n8n = 'https://n8n.example.com' } -InstantDeploy
    /// </code>
    /// <para>The keys of -Url are the container names of the template.</para>
    /// </example>
    /// <example>Create a service from a compose file
    /// <code>
    /// New-CoolifyService -DockerCompose (Get-Content -Raw ./compose.yaml) -Name wiki `
    ///     -ProjectUuid prj0web00000000000000000 -ServerUuid srv0localhost0000000000a -EnvironmentName staging
    /// </code>
    /// <para>The file is read as text; the module base64-encodes it.</para>
    /// </example>
    /// <example>Create into the environment of a piped project
    /// <code>
    /// Get-CoolifyProject -Name web | New-CoolifyService -Type uptime-kuma -ServerUuid srv0localhost0000000000a -EnvironmentName production -WhatIf
    /// </code>
    /// <para>A piped project binds -ProjectUuid. -WhatIf shows what would be created.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Services.GetCoolifyServiceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Services.StartCoolifyServiceCommand"/>
    [Cmdlet(VerbsCommon.New, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = TemplateSet)]
    [OutputType(typeof(CoolifyService))]
    public sealed class NewCoolifyServiceCommand : CoolifyCmdlet
    {
        private const string TemplateSet = "Template";
        private const string ComposeSet = "Compose";

        /// <summary>The one-click template, e.g. n8n, plausible, uptime-kuma.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TemplateSet)]
        [ValidateNotNullOrEmpty]
        public string Type { get; set; }

        /// <summary>A docker compose file as plain text (Get-Content -Raw); the module base64-encodes it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ComposeSet)]
        [ValidateNotNullOrEmpty]
        public string DockerCompose { get; set; }

        /// <summary>Id of the project to create the service in.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ProjectUuid { get; set; }

        /// <summary>Id of the server to run it on.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ServerUuid { get; set; }

        /// <summary>Name of the project environment, e.g. production. Give this or -EnvironmentUuid.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EnvironmentName { get; set; }

        /// <summary>Id of the project environment. Give this or -EnvironmentName.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EnvironmentUuid { get; set; }

        /// <summary>Name of the service; Coolify picks one when omitted.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>A description of the service.</summary>
        [Parameter]
        public string Description { get; set; }

        /// <summary>Id of the Docker network (destination) on the server, when it has more than one.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string DestinationUuid { get; set; }

        /// <summary>URLs per container of the service: @{ 'n8n' = 'https://n8n.example.com' }.</summary>
        [Parameter]
        public IDictionary Url { get; set; }

        /// <summary>Take the URLs even when another resource already uses the domain.</summary>
        [Parameter]
        public SwitchParameter ForceDomainOverride { get; set; }

        /// <summary>Whether Coolify escapes $ in container labels (Coolify's default: yes).</summary>
        [Parameter]
        public bool? ContainerLabelEscape { get; set; }

        /// <summary>Names of tags to put on the service.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] Tag { get; set; }

        /// <summary>Start the service right after creating it.</summary>
        [Parameter]
        public SwitchParameter InstantDeploy { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidId(ProjectUuid, "ProjectUuid") || !IsValidId(ServerUuid, "ServerUuid")
                || (EnvironmentUuid != null && !IsValidId(EnvironmentUuid, "EnvironmentUuid"))
                || (DestinationUuid != null && !IsValidId(DestinationUuid, "DestinationUuid")))
            {
                return;
            }

            if (EnvironmentName == null && EnvironmentUuid == null)
            {
                WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                    "Say which project environment the service goes in: give -EnvironmentName (e.g. production) or -EnvironmentUuid.")
                    .ToErrorRecord(ProjectUuid));
                return;
            }

            var body = new JsonBody()
                .Add("type", Type)
                .Add("docker_compose_raw", BodyValues.Base64(DockerCompose))
                .Add("name", Name)
                .Add("description", Description)
                .Add("project_uuid", ProjectUuid)
                .Add("environment_name", EnvironmentName)
                .Add("environment_uuid", EnvironmentUuid)
                .Add("server_uuid", ServerUuid)
                .Add("destination_uuid", DestinationUuid)
                .Add("urls", BodyValues.Urls(Url))
                .Add("force_domain_override", ForceDomainOverride.IsPresent ? true : (bool?)null)
                .Add("is_container_label_escape_enabled", ContainerLabelEscape)
                .Add("tags", Tag)
                .Add("instant_deploy", InstantDeploy.IsPresent ? true : (bool?)null);

            string what = (Name ?? Type ?? "compose service") + " in project " + ProjectUuid + " on server " + ServerUuid;
            if (!ShouldProcess(what, "Create service"))
            {
                return;
            }

            var request = new ApiRequest(ApiOperations.Get(OperationIds.CreateService)).WithBody(body);
            request.Target = Name ?? Type;
            Run(request, response => WriteCreated(ReadField(response, "uuid")));
        }

        // Coolify answers a create with the new id only; read the service back so the caller gets the whole object.
        private void WriteCreated(string uuid)
        {
            var request = new ApiRequest(ApiOperations.Get(OperationIds.GetServiceByUuid), uuid);
            if (ActiveConnection.CanRead)
            {
                Run(request, response => WriteResource(ReadObject<CoolifyService>(request, response)));
            }
            else
            {
                WriteResource(new CoolifyService { Uuid = uuid, Name = Name });
            }
        }
    }
}
