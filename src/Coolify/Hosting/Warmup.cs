using System;
using System.Text.Json;
using System.Threading.Tasks;
using Coolify.Connection;
using Coolify.Json;

namespace Coolify.Hosting
{
    /// <summary>
    /// Compiles the code of the first request (the HttpClient factory, JSON reading) on a background
    /// thread as the module is imported, while PowerShell is still busy with the rest of the command
    /// line; a runbook's Connect-Coolify then starts warm. Failures are ignored: the real call redoes
    /// the same work and reports them.
    /// </summary>
    internal static class Warmup
    {
        internal static void Start() => Task.Run(() =>
        {
            try
            {
                using (HttpClientOwner.Create(ConnectionOptions.Default))
                using (var document = JsonDocument.Parse("[{\"uuid\":\"warm\",\"name\":\"up\",\"created_at\":\"2026-01-01T00:00:00.000000Z\"}]"))
                {
                    JsonMapper.MapArray<CoolifyService>(document.RootElement);
                }
            }
#pragma warning disable CA1031 // Warm-up is best effort; the real call reports any failure.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });
    }
}
