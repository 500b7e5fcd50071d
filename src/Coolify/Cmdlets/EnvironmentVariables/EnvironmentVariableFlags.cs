using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>The flags New- and Set-CoolifyEnvironmentVariable share; each is sent only when given.</summary>
    public abstract class EnvironmentVariableFlagsCmdlet : OwnedResourceCmdlet
    {
        /// <summary>Available while building (build-time variable).</summary>
        [Parameter]
        public bool? IsBuildtime { get; set; }

        /// <summary>Available to the running container (runtime variable).</summary>
        [Parameter]
        public bool? IsRuntime { get; set; }

        /// <summary>Used for preview deployments instead of the regular ones.</summary>
        [Parameter]
        public bool? IsPreview { get; set; }

        /// <summary>Taken literally: Coolify does not expand references such as $OTHER in it.</summary>
        [Parameter]
        public bool? IsLiteral { get; set; }

        /// <summary>The value spans several lines.</summary>
        [Parameter]
        public bool? IsMultiline { get; set; }

        /// <summary>The value can never be read back through the dashboard or API.</summary>
        [Parameter]
        public bool? IsShownOnce { get; set; }

        /// <summary>A note about the variable, shown in the dashboard.</summary>
        [Parameter]
        public string Comment { get; set; }

        internal JsonBody AddFlags(JsonBody body) => body
            .Add("is_preview", IsPreview)
            .Add("is_literal", IsLiteral)
            .Add("is_multiline", IsMultiline)
            .Add("is_shown_once", IsShownOnce)
            .Add("is_buildtime", IsBuildtime)
            .Add("is_runtime", IsRuntime)
            .Add("comment", Comment);

        internal void CopyFlags(CoolifyEnvironmentVariable variable)
        {
            variable.IsPreview = IsPreview;
            variable.IsLiteral = IsLiteral;
            variable.IsMultiline = IsMultiline;
            variable.IsShownOnce = IsShownOnce;
            variable.IsBuildtime = IsBuildtime;
            variable.IsRuntime = IsRuntime;
            variable.Comment = Comment;
        }
    }
}
