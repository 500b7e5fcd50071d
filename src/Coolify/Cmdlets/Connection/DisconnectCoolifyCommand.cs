using System.Management.Automation;

namespace Coolify.Cmdlets.Connection
{
    /// <summary>Closes a connection (the default one when none is given) and forgets its token.</summary>
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
