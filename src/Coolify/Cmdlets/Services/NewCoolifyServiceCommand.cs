using System.Collections;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Creates a service from a one-click template (-Type) or from a docker compose file (-DockerCompose).</summary>
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

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

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

        protected override void ProcessRecord()
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

            var request = new ApiRequest(ApiOperations.Get(ApiOperations.CreateService)).WithBody(body);
            request.Target = Name ?? Type;
            Run(request, response => WriteCreated(ReadField(response, "uuid")));
        }

        // Coolify answers a create with the new id only; read the service back so the caller gets the whole object.
        private void WriteCreated(string uuid)
        {
            var request = new ApiRequest(ApiOperations.Get(ApiOperations.GetService), uuid);
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
