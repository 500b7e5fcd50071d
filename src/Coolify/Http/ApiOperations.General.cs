namespace Coolify.Http
{
    internal static partial class ApiOperations
    {
        internal const string Version = "version";
        internal const string EnableApi = "enable-api";
        internal const string DisableApi = "disable-api";
        internal const string EnableMcp = "enable-mcp";
        internal const string DisableMcp = "disable-mcp";
        internal const string Health = "healthcheck";

        // The instance-wide switches need a root-team token; before v4.2 Coolify served them with GET.
        private static readonly ApiOperation[] General =
        {
            new ApiOperation("General", "GET", "/version", Version, "Connect-Coolify"),
            new ApiOperation("General", "POST", "/enable", EnableApi, "Enable-CoolifyApi", legacyGetAction: true),
            new ApiOperation("General", "POST", "/disable", DisableApi, "Disable-CoolifyApi", legacyGetAction: true),
            new ApiOperation("General", "POST", "/mcp/enable", EnableMcp, "Enable-CoolifyMcp", legacyGetAction: true),
            new ApiOperation("General", "POST", "/mcp/disable", DisableMcp, "Disable-CoolifyMcp", legacyGetAction: true),
            new ApiOperation("General", "GET", "/health", Health, "Test-CoolifyHealth"),
        };
    }
}
