using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>The flags New- and Set-CoolifyEnvironmentVariable share; each is sent only when given.</summary>
    public abstract class EnvironmentVariableFlagsCmdlet : QueuedOwnedResourceCmdlet
    {
        /// <summary>Available while building (build-time variable). Application variables only: refused for a service or a database.</summary>
        [Parameter]
        public bool? IsBuildtime { get; set; }

        /// <summary>Available to the running container (runtime variable). Application variables only: refused for a service or a database.</summary>
        [Parameter]
        public bool? IsRuntime { get; set; }

        /// <summary>Used for preview deployments instead of the regular ones. Application variables only: refused for a service or a database.</summary>
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

        /// <summary>
        /// Adds the flags given; with <paramref name="current"/> (an application variable being updated), the
        /// flags the server resets when absent carry the current variable's values instead.
        /// </summary>
        internal JsonBody AddFlags(JsonBody body, CoolifyEnvironmentVariable current = null) =>
            EnvironmentVariableRules.CarryFlags(body.Add("is_preview", IsPreview), current, IsLiteral, IsMultiline, IsShownOnce)
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

        /// <summary>False (error written, nothing sent) when a flag given is one the server ignores for this owner's variables.</summary>
        internal bool FlagsAllowed(OwnedOperation operation) => EnvironmentVariableRules.FlagsAllowed(this, operation,
            ("IsBuildtime", "is_buildtime", IsBuildtime), ("IsRuntime", "is_runtime", IsRuntime), ("IsPreview", "is_preview", IsPreview),
            ("IsLiteral", "is_literal", IsLiteral), ("IsMultiline", "is_multiline", IsMultiline), ("IsShownOnce", "is_shown_once", IsShownOnce));
    }

    /// <summary>
    /// What the real server does with variable flags, shared by New-, Set- and Import-CoolifyEnvironmentVariable:
    /// which flags an owner's variables take (ServerRules), and which flags an application's update resets when they are absent.
    /// </summary>
    internal static class EnvironmentVariableRules
    {
        /// <summary>
        /// The flags the server's application update (single and bulk) does not leave alone when a request
        /// omits them: is_literal becomes false, is_multiline and is_shown_once become null (a server error
        /// when the flag is on). An update must carry the current values of these. Services and databases
        /// only change what is given.
        /// </summary>
        internal static readonly string[] ResetWhenAbsent = { "is_literal", "is_multiline", "is_shown_once" };

        /// <summary>
        /// Checks each given flag against the server's rules for the owner's operation (e.g. update-env-by-{owner}-uuid);
        /// writes one CoolifyInvalidArgument error for the flags the server would silently drop, and returns false then.
        /// </summary>
        internal static bool FlagsAllowed(OwnedResourceCmdlet cmdlet, OwnedOperation operation, params (string Parameter, string Field, bool? Value)[] flags)
        {
            string operationId = cmdlet.OwnerOperation(operation).OperationId;
            var refused = flags.Where(f => f.Value.HasValue && !ServerRules.Allows(operationId, f.Field)).Select(f => "-" + f.Parameter).ToList();
            if (refused.Count == 0)
            {
                return true;
            }

            string list = EnvironmentFile.KeyList(refused);
            cmdlet.WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                list + (refused.Count == 1 ? " applies" : " apply") + " to application variables only: Coolify ignores "
                + (refused.Count == 1 ? "it" : "them") + " for the variables of a " + cmdlet.OwnerKind + ", so nothing was sent to " + cmdlet.OwnerLabel + ".")
            {
                RecommendedAction = "Leave out " + list + " for " + cmdlet.OwnerKind + " variables; -IsLiteral, -IsMultiline, -IsShownOnce and -Comment are what they take.",
            }.ToErrorRecord(cmdlet.OwnerUuid));
            return false;
        }

        /// <summary>Coolify's form of a key (trimmed, spaces as underscores), which its update handlers look variables up by.</summary>
        internal static string NormalizeKey(string key) => (key ?? string.Empty).Trim().Replace(' ', '_');

        /// <summary>
        /// The current variables of an application, by key, for the preview or the regular set, to carry their
        /// flags on an update; the first of a key wins.
        /// </summary>
        internal static Dictionary<string, CoolifyEnvironmentVariable> Current(IEnumerable<ListedVariable> listed, bool preview)
        {
            var current = new Dictionary<string, CoolifyEnvironmentVariable>(StringComparer.Ordinal);
            foreach (var variable in listed.Select(l => l.Variable).Where(v => (v.IsPreview == true) == preview))
            {
                string key = NormalizeKey(variable.Key);
                if (!current.ContainsKey(key))
                {
                    current.Add(key, variable);
                }
            }

            return current;
        }

        /// <summary>
        /// Adds the flags an application's update resets when absent: the value given, or else the current
        /// variable's (nothing for a key that does not exist yet, which the bulk update creates with its defaults).
        /// </summary>
        internal static JsonBody CarryFlags(JsonBody item, CoolifyEnvironmentVariable existing, bool? isLiteral, bool? isMultiline, bool? isShownOnce) => item
            .Add("is_literal", isLiteral ?? existing?.IsLiteral)
            .Add("is_multiline", isMultiline ?? existing?.IsMultiline)
            .Add("is_shown_once", isShownOnce ?? existing?.IsShownOnce);
    }
}
