using System.Linq;
using System.Management.Automation;
using Coolify.Completion;
using Coolify.Connection;
using Coolify.Http;

namespace Coolify.Cmdlets.Connection
{
    /// <summary>Lists the registered connections, the default one first (IsDefault). It never shows a token.</summary>
    /// <remarks>
    /// <para>Get-CoolifyConnection writes the registered connections, the default one first (IsDefault): each one's Name, the instance's address (Url), its Coolify version (ServerVersion) and whether the token can read (CanRead; false for deploy-only tokens). -Name filters by name (wildcards), -Default writes only the default. Format-List shows more: the Proxy (its address, never its credentials; 'system' or 'none'), the CertificateAuthority file and CertificateThumbprint pins, the HeaderNames of extra headers (never their values), and the Source the connection came from (parameters, environment, a CLI context or a .coolify.json file). The token itself is never shown.</para>
    /// <para>Without a connection it writes an error with ErrorId CoolifyNotConnected.</para>
    /// </remarks>
    /// <example>Show the connection
    /// <code>
    /// Get-CoolifyConnection
    /// </code>
    /// <para>Url, ServerVersion and CanRead of the default connection.</para>
    /// </example>
    /// <example>Check for a connection in a script
    /// <code>
    /// if (-not (Get-CoolifyConnection -ErrorAction SilentlyContinue)) { Connect-Coolify }
    /// </code>
    /// <para>Connects from COOLIFY_URL and COOLIFY_TOKEN only when the session has no connection yet.</para>
    /// </example>
    /// <example>Show the named connections
    /// <code>
    /// Get-CoolifyConnection -Name 'prod*'
    /// </code>
    /// <para>The connections whose names start with prod.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Connection.ConnectCoolifyCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Connection.DisconnectCoolifyCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyConnection", DefaultParameterSetName = NameSet)]
    [OutputType(typeof(CoolifyConnection))]
    public sealed class GetCoolifyConnectionCommand : PSCmdlet
    {
        private const string NameSet = "Name";
        private const string DefaultSet = "Default";

        /// <summary>Names to keep; wildcards allowed. A plain name that matches nothing is an error.</summary>
        [Parameter(Position = 0, ParameterSetName = NameSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string[] Name { get; set; }

        /// <summary>Only the default connection, the one cmdlets use without -Connection.</summary>
        [Parameter(Mandatory = true, ParameterSetName = DefaultSet)]
        public SwitchParameter Default { get; set; }

        protected override void EndProcessing()
        {
            var all = CoolifySession.All;
            if (Default || all.Count == 0)
            {
                var connection = CoolifySession.Default;
                if (connection == null)
                {
                    WriteError(new CoolifyException(CoolifyErrorId.NotConnected, ErrorCategory.ObjectNotFound,
                        all.Count == 0 ? "Not connected to Coolify." : "No default Coolify connection; connected as " + string.Join(", ", CoolifySession.Names) + ".")
                    {
                        RecommendedAction = all.Count == 0 ? "Run Connect-Coolify first." : "Give cmdlets -Connection <name>, or connect again without -NoDefault.",
                    }.ToErrorRecord(null));
                    return;
                }

                WriteObject(connection);
                return;
            }

            var filter = new NameFilter(Name);
            foreach (var connection in all.Where(c => filter.IsMatch(c.Name)))
            {
                WriteObject(connection);
            }

            foreach (string name in filter.Unmatched())
            {
                WriteError(new CoolifyException(CoolifyErrorId.ConnectionNotFound, ErrorCategory.ObjectNotFound,
                    ConnectionTransformationAttribute.UnknownName(name))
                {
                    RecommendedAction = "Run Get-CoolifyConnection for every name, or use a wildcard such as '" + name + "*'.",
                }.ToErrorRecord(name));
            }
        }
    }
}
