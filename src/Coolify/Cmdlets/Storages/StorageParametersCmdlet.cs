using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Parameters New- and Set-CoolifyStorage share; each is sent only when given.</summary>
    public abstract class StorageParametersCmdlet : OwnedResourceCmdlet
    {
        /// <summary>persistent (a Docker volume) or file (a file or directory mounted from the server).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateSet("persistent", "file")]
        public string Type { get; set; }

        /// <summary>Volume name (persistent storages).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>Path inside the container.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string MountPath { get; set; }

        /// <summary>Path on the server to bind (persistent storages).</summary>
        [Parameter]
        public string HostPath { get; set; }

        /// <summary>Content of a file mount.</summary>
        [Parameter]
        public string Content { get; set; }

        internal JsonBody CommonBody(JsonBody body = null) => (body ?? new JsonBody())
            .Add("type", Type)
            .Add("name", Name)
            .Add("mount_path", MountPath)
            .Add("host_path", HostPath)
            .Add("content", Content);
    }
}
