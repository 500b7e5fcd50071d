using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets
{
    /// <summary>
    /// Base of the cmdlets for what applications, services and databases each have (environment
    /// variables, storages, tags, logs, volume backups). The owner is chosen by parameter set, and a
    /// piped application, service or database binds its own id (ApplicationUuid, ServiceUuid or
    /// DatabaseUuid), so one cmdlet serves all three.
    /// </summary>
    public abstract class OwnedResourceCmdlet : CoolifyCmdlet
    {
        internal const string ApplicationSet = "Application";
        internal const string ServiceSet = "Service";
        internal const string DatabaseSet = "Database";

        /// <summary>Id of the application; a piped application (or anything of it) binds it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ApplicationSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ApplicationUuid { get; set; }

        /// <summary>Id of the service; a piped service (or anything of it) binds it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ServiceSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        /// <summary>Id of the database; a piped database (or anything of it) binds it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = DatabaseSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string DatabaseUuid { get; set; }

        /// <summary>False when the cmdlet runs without an owner (e.g. Get-CoolifyTag for the team's tags).</summary>
        internal bool HasOwner => ParameterSetName == ApplicationSet || ParameterSetName == ServiceSet || ParameterSetName == DatabaseSet;

        /// <summary>application, service or database: the word Coolify uses in its operation ids.</summary>
        internal string OwnerKind =>
            ParameterSetName == ApplicationSet ? "application" : ParameterSetName == DatabaseSet ? "database" : "service";

        internal string OwnerUuid =>
            ParameterSetName == ApplicationSet ? ApplicationUuid : ParameterSetName == DatabaseSet ? DatabaseUuid : ServiceUuid;

        internal string OwnerParameter => ParameterSetName + "Uuid";

        /// <summary>The owner in words, e.g. "service k0wcgw4", for confirmations and errors.</summary>
        internal string OwnerLabel => OwnerKind + " " + OwnerUuid;

        internal bool IsValidOwner() => IsValidId(OwnerUuid, OwnerParameter);

        /// <summary>The operation for this owner, e.g. list-envs-by-database-uuid of OwnedOperations.ListEnvsByOwnerUuid for a database.</summary>
        internal ApiOperation OwnerOperation(OwnedOperation operation) =>
            ApiOperations.Get((ParameterSetName == ApplicationSet ? operation.ForApplication : ParameterSetName == DatabaseSet ? operation.ForDatabase : operation.ForService)
                ?? throw new System.InvalidOperationException(GetType().Name + ": Coolify has no such operation for a " + OwnerKind + "."));

        /// <summary>
        /// Marks an output object with its owner's id, as a property named after the owner only, so that
        /// piping it on binds exactly one owner parameter.
        /// </summary>
        internal void SetOwner(CoolifyObject item) => item.AddExtra(OwnerParameter, OwnerUuid);
    }
}
