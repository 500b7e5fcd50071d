using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Connection
{
    /// <summary>Shows the connection cmdlets use by default. It never shows the token.</summary>
    [Cmdlet(VerbsCommon.Get, "CoolifyConnection")]
    [OutputType(typeof(CoolifyConnection))]
    public sealed class GetCoolifyConnectionCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var connection = CoolifySession.Default;
            if (connection == null)
            {
                WriteError(new CoolifyException(CoolifyErrorId.NotConnected, ErrorCategory.ObjectNotFound, "Not connected to Coolify.")
                {
                    RecommendedAction = "Run Connect-Coolify first.",
                }.ToErrorRecord(null));
                return;
            }

            WriteObject(connection);
        }
    }
}
