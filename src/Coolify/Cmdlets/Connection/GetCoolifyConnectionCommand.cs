using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Connection
{
    /// <summary>Shows the connection that Coolify cmdlets use by default, without its token.</summary>
    /// <remarks>
    /// <para>Get-CoolifyConnection writes the default connection made by the last Connect-Coolify: the instance's address (Url), its Coolify version (ServerVersion) and whether the token can read (CanRead; false for deploy-only tokens). The token itself is never shown.</para>
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
    /// <seealso cref="Coolify.Cmdlets.Connection.ConnectCoolifyCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Connection.DisconnectCoolifyCommand"/>
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
