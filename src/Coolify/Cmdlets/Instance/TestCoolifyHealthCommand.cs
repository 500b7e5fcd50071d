using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Instance
{
    /// <summary>Asks the instance's health endpoint whether Coolify is up: $true when it answers OK, else $false (the reason goes to -Verbose).</summary>
    [Cmdlet(VerbsDiagnostic.Test, "CoolifyHealth")]
    [OutputType(typeof(bool))]
    public sealed class TestCoolifyHealthCommand : CoolifyCmdlet
    {
        protected override void ProcessRecord()
        {
            var request = new ApiRequest(ApiOperations.Get(ApiOperations.Health));
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
