namespace Coolify.Http
{
    internal static partial class ApiOperations
    {
        internal const string ListServers = "list-servers";
        internal const string GetServer = "get-server-by-uuid";
        internal const string ListServerResources = "get-resources-by-server-uuid";
        internal const string ListServerDomains = "get-domains-by-server-uuid";
        internal const string ListResources = "list-resources";

        // The read side of the Servers tag, and Resources; server changes, proxy, sentinel and transfers come later.
        private static readonly ApiOperation[] Servers =
        {
            new ApiOperation("Servers", "GET", "/servers", ListServers, "Get-CoolifyServer"),
            new ApiOperation("Servers", "GET", "/servers/{uuid}", GetServer, "Get-CoolifyServer"),
            new ApiOperation("Servers", "GET", "/servers/{uuid}/resources", ListServerResources, "Get-CoolifyResource"),
            new ApiOperation("Servers", "GET", "/servers/{uuid}/domains", ListServerDomains, "Get-CoolifyDomain"),
            new ApiOperation("Resources", "GET", "/resources", ListResources, "Get-CoolifyResource"),
        };
    }
}
