using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>Moves services to another project environment, or migrates them to another destination or server.</summary>
    /// <remarks>
    /// <para>With -EnvironmentUuid the move only changes the project and environment the service belongs to; its containers keep running. With -DestinationUuid the service is migrated to another Docker network, possibly on another server. Coolify copies the volumes' data along unless -MigrateVolumes:$false; the cmdlet always sends migrate_volumes as true or false.</para>
    /// <para>Coolify (4.3.11) serves migration to a destination only when it runs as a development install; a production server answers 404 to it. The cmdlet then says so (ErrorId CoolifyNotSupported) instead of a bare "not found"; migrate from the Coolify dashboard there. Moving to another environment works everywhere.</para>
    /// <para>It writes what Coolify answered, one CoolifyActionResult per service.</para>
    /// </remarks>
    /// <example>Move a service to the staging environment
    /// <code>
    /// Get-CoolifyService -Name n8n | Move-CoolifyService -EnvironmentUuid env0stagweb0000000000000
    /// </code>
    /// <para>Get-CoolifyEnvironment lists environments and their ids.</para>
    /// </example>
    /// <example>Migrate a service to another server with its data
    /// <code>
    /// Get-CoolifyService -Name minio | Move-CoolifyService -DestinationUuid dst1edge0000000000000000 -MigrateVolumes -WhatIf
    /// </code>
    /// <para>-WhatIf shows the migration without starting it.</para>
    /// </example>
    /// <parameter name="Uuid">Ids of the services to move; strings, or objects with a Uuid or ServiceUuid property from the pipeline.</parameter>
    /// <seealso cref="Coolify.Cmdlets.Services.CopyCoolifyServiceCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Projects.GetCoolifyEnvironmentCommand"/>
    [Cmdlet(VerbsCommon.Move, "CoolifyService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(CoolifyActionResult))]
    public sealed class MoveCoolifyServiceCommand : ServiceIdsCmdlet
    {
        private const string EnvironmentSet = "Environment";
        private const string DestinationSet = "Destination";

        /// <summary>Id of the project environment to move the services to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = EnvironmentSet)]
        [ValidateNotNullOrEmpty]
        public string EnvironmentUuid { get; set; }

        /// <summary>Id of the destination (a Docker network, possibly on another server) to migrate the services to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = DestinationSet)]
        [ValidateNotNullOrEmpty]
        public string DestinationUuid { get; set; }

        /// <summary>Copy the volumes' data to the new destination too: Coolify does unless -MigrateVolumes:$false is given.</summary>
        [Parameter(ParameterSetName = DestinationSet)]
        public SwitchParameter MigrateVolumes { get; set; }

        // Coolify's default is to copy the volumes; a switch that is not given keeps that default, said out loud.
        private bool MigrateVolumesValue => !MyInvocation.BoundParameters.ContainsKey(nameof(MigrateVolumes)) || MigrateVolumes.IsPresent;

        protected override void ProcessItem()
        {
            bool toEnvironment = ParameterSetName == EnvironmentSet;
            string targetId = toEnvironment ? EnvironmentUuid : DestinationUuid;
            if (!IsValidId(targetId, toEnvironment ? "EnvironmentUuid" : "DestinationUuid"))
            {
                return;
            }

            var operation = ApiOperations.Get(toEnvironment ? OperationIds.MoveServiceByUuid : OperationIds.MigrateServiceByUuid);
            string action = toEnvironment ? "Move service to environment " + EnvironmentUuid : "Migrate service to destination " + DestinationUuid;
            foreach (string uuid in Uuid ?? new string[] { null })
            {
                if (!IsValidId(uuid, "Uuid") || !ShouldProcess("service " + uuid, action))
                {
                    continue;
                }

                var body = toEnvironment
                    ? new JsonBody().Add("environment_uuid", EnvironmentUuid)
                    : new JsonBody().Add("destination_uuid", DestinationUuid).Add("migrate_volumes", MigrateVolumesValue);
                var request = new ApiRequest(operation, uuid) { Target = uuid }.WithBody(body);
                ApiResponse response;
                try
                {
                    // A production server's bare 404 to migrate becomes CoolifyNotSupported with the reason
                    // (the OnError of migrate-service-by-uuid in build/server-rules.psd1).
                    response = Send(request);
                }
                catch (CoolifyException ex)
                {
                    ReportError(ex, uuid);
                    continue;
                }

                WriteResource(new CoolifyActionResult
                {
                    Uuid = uuid,
                    ResourceType = "Service",
                    Action = toEnvironment ? "Move" : "Migrate",
                    Message = ReadField(response, "message"),
                });
            }
        }
    }
}
