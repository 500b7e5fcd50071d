using System;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Parameters New- and Set-CoolifyStorage share; each is sent only when given.</summary>
    public abstract class StorageParametersCmdlet : QueuedOwnedResourceCmdlet
    {
        /// <summary>persistent (a Docker volume) or file (a file or directory mounted from the server).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateSet("persistent", "file")]
        public string Type { get; set; }

        /// <summary>Volume name (persistent storages only; needed to create one).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>Path inside the container.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string MountPath { get; set; }

        /// <summary>Path on the server to bind (persistent storages only).</summary>
        [Parameter]
        public string HostPath { get; set; }

        /// <summary>Content of a file mount (file storages only).</summary>
        [Parameter]
        public string Content { get; set; }

        /// <summary>True for -Type persistent; Coolify's type names are lower case, PowerShell's ValidateSet is not.</summary>
        internal bool IsPersistent => string.Equals(Type, "persistent", StringComparison.OrdinalIgnoreCase);

        /// <summary>The type as Coolify spells it (its validation takes only persistent or file, in lower case).</summary>
        internal string TypeName => IsPersistent ? "persistent" : "file";

        internal JsonBody CommonBody(JsonBody body = null) => (body ?? new JsonBody())
            .Add("type", Type == null ? null : TypeName)
            .Add("name", Name)
            .Add("mount_path", MountPath)
            .Add("host_path", HostPath)
            .Add("content", Content);

        /// <summary>
        /// Refuses, before anything is sent, the parameters the server answers 422 to for this -Type ("Field 'x'
        /// is not valid for type 'y'."): a volume takes no file fields, a file mount no -Name or -HostPath.
        /// <paramref name="fileOnly"/> are the file-only parameters of the cmdlet, each with whether it will be sent.
        /// </summary>
        internal bool ParametersFitType(params (string Parameter, bool Sent)[] fileOnly)
        {
            var notForType = IsPersistent
                ? fileOnly.Concat(new[] { (nameof(Content), Content != null) })
                : new[] { (nameof(Name), Name != null), (nameof(HostPath), HostPath != null) };
            var given = notForType.Where(p => p.Item2).Select(p => "-" + p.Item1).ToArray();
            if (given.Length == 0)
            {
                return true;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                string.Join(", ", given) + (given.Length == 1 ? " does" : " do") + " not apply to -Type " + TypeName + " storages: Coolify refuses "
                + (given.Length == 1 ? "it" : "them") + " for that type, so nothing was sent to " + OwnerLabel + ".")
            {
                RecommendedAction = IsPersistent
                    ? "A volume takes -Name, -MountPath and -HostPath; for a file or a directory from the server use -Type file."
                    : "A file mount takes -MountPath with -Content, or with -IsDirectory or -IsHostFile and -FsPath; for a named volume use -Type persistent.",
            }.ToErrorRecord(TypeName));
            return false;
        }

        /// <summary>Writes a CoolifyInvalidArgument error for a storage request that cannot work, and returns false.</summary>
        internal bool Invalid(string message, string recommendedAction)
        {
            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument, message)
            {
                RecommendedAction = recommendedAction,
            }.ToErrorRecord(TypeName));
            return false;
        }
    }
}
