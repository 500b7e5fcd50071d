using System.Management.Automation;

namespace Coolify.Cmdlets.Connection
{
    /// <summary>Closes a Coolify connection and forgets its token.</summary>
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
    /// <seealso cref="Coolify.Cmdlets.Connection.ConnectCoolifyCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Connection.GetCoolifyConnectionCommand"/>
    [Cmdlet(VerbsCommunications.Disconnect, "Coolify")]
    [OutputType(typeof(void))]
    public sealed class DisconnectCoolifyCommand : PSCmdlet
    {
        /// <summary>The connection to close; the default connection when omitted.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true)]
        public CoolifyConnection Connection { get; set; }

        protected override void ProcessRecord()
        {
            var connection = Connection ?? CoolifySession.Default;
            if (connection == null)
            {
                WriteVerbose("Coolify: not connected; nothing to disconnect.");
                return;
            }

            CoolifySession.ClearDefault(connection);
            connection.Dispose();
            WriteVerbose("Coolify: disconnected from " + connection.Url + ".");
        }
    }
}
