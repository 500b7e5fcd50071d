namespace Coolify.Http
{
    internal static partial class ApiOperations
    {
        internal const string Version = "version";

        private static readonly ApiOperation[] General =
        {
            new ApiOperation("General", "GET", "/version", Version, "Connect-Coolify"),
        };
    }
}
