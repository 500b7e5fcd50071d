using System.Management.Automation;
using Coolify.Completion;
using Coolify.Connection;
using Coolify.Http;

namespace Coolify.Cmdlets.Connection
{
    /// <summary>Closes connections (the default one when none is given), forgets their tokens and removes them from the named connections.</summary>
    /// <remarks>
    /// <para>Disconnect-Coolify closes the default connection, or the one given with -Connection or piped in, and clears the token it held from memory. Cmdlets that use a closed connection fail with ErrorId CoolifyNotConnected; run Connect-Coolify again to go on.</para>
    /// <para>Disconnecting when there is no connection does nothing (-Verbose says so).</para>
    /// </remarks>
    /// <example>Close the default connection
    /// <code>
    /// Disconnect-Coolify
    /// </code>
    /// <para>The next Coolify cmdlet needs a new Connect-Coolify.</para>
    /// </example>
    /// <example>Close a connection kept in a variable
    /// <code>
    /// $staging = Connect-Coolify -Url https://staging.example.com -Token $token -PassThru
    /// Get-CoolifyService -Connection $staging
    /// $staging | Disconnect-Coolify
    /// </code>
    /// <para>Connections made with -PassThru can be closed one by one.</para>
    /// </example>
    /// <example>Close a named connection
    /// <code>
    /// Disconnect-Coolify -Name staging
    /// </code>
    /// <para>Removes the connection registered as staging; the default stays.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Connection.ConnectCoolifyCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Connection.GetCoolifyConnectionCommand"/>
    [Cmdlet(VerbsCommunications.Disconnect, "Coolify", DefaultParameterSetName = ConnectionSet)]
    [OutputType(typeof(void))]
    public sealed class DisconnectCoolifyCommand : PSCmdlet
    {
        private const string ConnectionSet = "Connection";
        private const string NameSet = "Name";

        /// <summary>The connection to close, or its name; the default connection when omitted.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ParameterSetName = ConnectionSet)]
        [ConnectionTransformation]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public CoolifyConnection Connection { get; set; }

        /// <summary>Names of the connections to close (exact names, as Get-CoolifyConnection shows them).</summary>
        [Parameter(Mandatory = true, ParameterSetName = NameSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string[] Name { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == NameSet)
            {
                foreach (string name in Name)
                {
                    var named = CoolifySession.Find(name);
                    if (named == null)
                    {
                        WriteError(new CoolifyException(CoolifyErrorId.ConnectionNotFound, ErrorCategory.ObjectNotFound, ConnectionTransformationAttribute.UnknownName(name))
                        {
                            RecommendedAction = "Get-CoolifyConnection lists the names.",
                        }.ToErrorRecord(name));
                        continue;
                    }

                    Close(named);
                }

                return;
            }

            var connection = Connection ?? CoolifySession.Default;
            if (connection == null)
            {
                WriteVerbose("Coolify: no default connection; nothing to disconnect.");
                return;
            }

            Close(connection);
        }

        private void Close(CoolifyConnection connection)
        {
            CoolifySession.Remove(connection);
            connection.Dispose();
            WriteVerbose("Coolify: disconnected '" + connection.Name + "' from " + connection.Url + ".");
        }
    }
}
