using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Lists the environment variables of an application, a service or a database.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). -Key keeps the variables whose key matches (wildcards allowed; a plain key that is missing is an error).</para>
    /// <para>Values come back only when the token has read:sensitive (or root); otherwise Coolify leaves them out and Value is empty. Each variable carries its owner's id, so it pipes on to Set- and Remove-CoolifyEnvironmentVariable.</para>
    /// </remarks>
    /// <example>The variables of an application
    /// <code>
    /// Get-CoolifyApplication -Name api-backend | Get-CoolifyEnvironmentVariable
    /// </code>
    /// <para>Key, flags and (with read:sensitive) value of each variable.</para>
    /// </example>
    /// <example>Find variables by key across every service
    /// <code>
    /// Get-CoolifyService | Get-CoolifyEnvironmentVariable -Key 'DB_*' -ErrorAction SilentlyContinue | Select-Object Key, Value, ServiceUuid
    /// </code>
    /// <para>Each variable says which service it belongs to.</para>
    /// </example>
    /// <example>One variable of a database
    /// <code>
    /// Get-CoolifyEnvironmentVariable -DatabaseUuid db0maindb000000000000000 -Key PGTZ
    /// </code>
    /// <para>An error when the database has no such key.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.SetCoolifyEnvironmentVariableCommand"/>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.ExportCoolifyEnvironmentVariableCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyEnvironmentVariable", DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyEnvironmentVariable))]
    public sealed class GetCoolifyEnvironmentVariableCommand : QueuedOwnedResourceCmdlet
    {
        /// <summary>Keys of the variables to keep; wildcards are allowed, and a plain key that is missing is an error.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Key { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidOwner())
            {
                return;
            }

            var filter = new NameFilter(Key);
            var request = new ApiRequest(OwnerOperation(OwnedOperations.ListEnvsByOwnerUuid), OwnerUuid);
            Queue(request, response =>
            {
                foreach (var variable in ReadArray<CoolifyEnvironmentVariable>(request, response))
                {
                    if (filter.IsMatch(variable.Key))
                    {
                        SetOwner(variable);
                        WriteResource(variable);
                    }
                }

                foreach (string key in filter.Unmatched())
                {
                    WriteError(new CoolifyException(CoolifyErrorId.ResourceNotFound, ErrorCategory.ObjectNotFound,
                        "The " + OwnerLabel + " has no environment variable '" + key + "'.").ToErrorRecord(key));
                }
            });
        }
    }
}
