namespace Coolify.Http
{
    internal static partial class ApiOperations
    {
        internal const string ListProjects = "list-projects";
        internal const string CreateProject = "create-project";
        internal const string GetProject = "get-project-by-uuid";
        internal const string DeleteProject = "delete-project-by-uuid";
        internal const string UpdateProject = "update-project-by-uuid";
        internal const string GetEnvironment = "get-environment-by-name-or-uuid";
        internal const string ListEnvironments = "get-environments";
        internal const string CreateEnvironment = "create-environment";
        internal const string DeleteEnvironment = "delete-environment";
        internal const string UpdateEnvironment = "update-environment";

        private static readonly ApiOperation[] Projects =
        {
            new ApiOperation("Projects", "GET", "/projects", ListProjects, "Get-CoolifyProject"),
            new ApiOperation("Projects", "POST", "/projects", CreateProject, "New-CoolifyProject"),
            new ApiOperation("Projects", "GET", "/projects/{uuid}", GetProject, "Get-CoolifyProject"),
            new ApiOperation("Projects", "DELETE", "/projects/{uuid}", DeleteProject, "Remove-CoolifyProject"),
            new ApiOperation("Projects", "PATCH", "/projects/{uuid}", UpdateProject, "Set-CoolifyProject"),
            new ApiOperation("Projects", "GET", "/projects/{uuid}/{environment_name_or_uuid}", GetEnvironment, "Get-CoolifyEnvironment"),
            new ApiOperation("Projects", "GET", "/projects/{uuid}/environments", ListEnvironments, "Get-CoolifyEnvironment"),
            new ApiOperation("Projects", "POST", "/projects/{uuid}/environments", CreateEnvironment, "New-CoolifyEnvironment"),
            new ApiOperation("Projects", "DELETE", "/projects/{uuid}/environments/{environment_name_or_uuid}", DeleteEnvironment, "Remove-CoolifyEnvironment"),
            new ApiOperation("Projects", "PATCH", "/projects/{uuid}/environments/{environment_name_or_uuid}", UpdateEnvironment, "Set-CoolifyEnvironment"),
        };
    }
}
