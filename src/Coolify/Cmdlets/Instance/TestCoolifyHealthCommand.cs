using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Tells whether a Coolify instance is up: $true when its health endpoint answers OK, otherwise $false.</summary>
    /// <remarks>
    /// <para>Test-CoolifyHealth calls the instance's health endpoint (/api/v1/health), which needs no permission. It never fails: an instance that cannot be reached, or answers anything but OK, gives $false, and -Verbose says why. That makes it a cheap check before a runbook starts changing things, or a probe for monitoring.</para>
    /// </remarks>
    /// <example>Check the default instance
    /// <code>
    /// Test-CoolifyHealth
    /// </code>
    /// <para>$true when Coolify answered OK.</para>
    /// </example>
    /// <example>Wait until an instance is back after an upgrade
    /// <code>
    /// while (-not (Test-CoolifyHealth)) { Start-Sleep -Seconds 10 }
    /// Get-CoolifyConnection
    /// </code>
    /// <para>Polls every ten seconds until the health endpoint answers OK.</para>
    /// </example>
    /// <example>See why the check fails
    /// <code>
    /// Test-CoolifyHealth -Verbose
    /// </code>
    /// <para>The verbose message has the reason, e.g. a connection refused or a timeout.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Connection.ConnectCoolifyCommand"/>
    [Cmdlet(VerbsDiagnostic.Test, "CoolifyHealth")]
    [OutputType(typeof(bool))]
    public sealed class TestCoolifyHealthCommand : CoolifyCmdlet
    {
        protected override void ProcessItem()
        {
            var request = new ApiRequest(ApiOperations.Get(OperationIds.Healthcheck));
            try
            {
                var response = Send(request);
                bool healthy = string.Equals(response.Text.Trim(), "OK", System.StringComparison.OrdinalIgnoreCase);
                if (!healthy)
                {
                    WriteVerbose("Coolify: the health endpoint answered '" + response.Text.Trim() + "', not OK.");
                }

                WriteObject(healthy);
            }
            catch (CoolifyException ex)
            {
                WriteVerbose("Coolify: not healthy: " + ex.Message);
                WriteObject(false);
            }
        }
    }
}
