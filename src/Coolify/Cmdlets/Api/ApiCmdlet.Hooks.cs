using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Api
{
    /// <summary>
    /// The few places where a hand-written partial class adds behaviour to a generated cmdlet
    /// (src/Coolify/Cmdlets/&lt;Area&gt;/&lt;Class&gt;.cs beside &lt;Class&gt;.g.cs). Each is called once per
    /// request, on the pipeline thread, in this order: CheckInput, ShapeBody, then HandleAnswer or
    /// CompleteItem for each object written. The partial class takes plain comments, not a doc comment: the
    /// cmdlet's help is the doc comment of its generated part (build/api-help.psd1), which another would replace.
    /// </summary>
    public abstract partial class ApiCmdlet<T>
    {
        /// <summary>Checks the parameters together before anything is sent; writes an error and returns false when they do not fit.</summary>
        internal virtual bool CheckInput() => true;

        /// <summary>
        /// Adds to the body what parameter attributes cannot say (a list of objects, a field built from
        /// several parameters). Called whenever the route takes a body; fields left empty send no body.
        /// </summary>
        internal virtual void ShapeBody(JsonBody body)
        {
        }

        /// <summary>
        /// Handles the answer in place of the generic writer (e.g. reads a created resource back by
        /// its id); returns false to let the generic writer run.
        /// </summary>
        internal virtual bool HandleAnswer(ApiRequest request, ApiResponse response) => false;

        /// <summary>Fills or fixes fields of each object before it is written (after the parent ids are filled in).</summary>
        internal virtual void CompleteItem(T item)
        {
        }

        // The rules a hand-written CheckInput checks the parameters with; each writes the error itself.

        /// <summary>Requires at least one of the named parameters, as Coolify does for environment name or id.</summary>
        internal bool RequireOneOf(params string[] parameterNames)
        {
            if (parameterNames.Any(MyInvocation.BoundParameters.ContainsKey))
            {
                return true;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                "Give -" + string.Join(" or -", parameterNames) + ".")
            {
                RecommendedAction = parameterNames[0].StartsWith("Environment", StringComparison.Ordinal)
                    ? "Coolify needs one of them to know where the " + Noun + " goes; Get-CoolifyEnvironment lists names and ids."
                    : "Coolify needs one of them; Get-Help " + MyInvocation.MyCommand.Name + " -Parameter " + parameterNames[0] + " says what it is.",
            }.ToErrorRecord(null));
            return false;
        }

        /// <summary>The parameter whose value picks the operation (e.g. -Type of New-CoolifyDatabase), when one does.</summary>
        internal virtual string Discriminator => "Type";

        /// <summary>Refuses a parameter that the chosen kind does not take, before anything is sent.</summary>
        internal bool OnlyFor(string parameterName, params string[] kinds)
        {
            string chosen = ChosenKind();
            if (!MyInvocation.BoundParameters.ContainsKey(parameterName) || kinds.Contains(chosen, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                "-" + parameterName + " applies only to -" + Discriminator + " " + string.Join(", ", kinds) + ", not to " + chosen + ".")
            {
                RecommendedAction = "Leave -" + parameterName + " out, or choose a -" + Discriminator + " that takes it.",
            }.ToErrorRecord(chosen));
            return false;
        }

        /// <summary>Refuses a parameter that the server accepts but always rejects or misreads, saying why (a server bug).</summary>
        internal bool Refuse(string parameterName, string why)
        {
            if (!MyInvocation.BoundParameters.ContainsKey(parameterName))
            {
                return true;
            }

            // The rule's text is "<what the server does>. <what to do instead>".
            int split = why.IndexOf(". ", StringComparison.Ordinal);
            WriteError(new CoolifyException(CoolifyErrorId.NotSupported, ErrorCategory.NotImplemented,
                "-" + parameterName + " cannot work against this Coolify version: the server " + (split > 0 ? why.Substring(0, split) : why.TrimEnd('.')) + ".")
            {
                RecommendedAction = split > 0 ? why.Substring(split + 2) : "Leave -" + parameterName + " out.",
            }.ToErrorRecord(null));
            return false;
        }

        /// <summary>Refuses a parameter that the server accepts for this kind but drops or overrides, saying why.</summary>
        internal bool NotFor(string parameterName, string kind, string why)
        {
            if (!MyInvocation.BoundParameters.ContainsKey(parameterName) || !string.Equals(ChosenKind(), kind, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                "-" + parameterName + " has no effect with -" + Discriminator + " " + kind + ": the Coolify server takes it on that route but does not use it as given (" + why.TrimEnd('.') + ").")
            {
                RecommendedAction = "Leave -" + parameterName + " out; where it can be changed later, Set-" + MyInvocation.MyCommand.Name.Split('-')[1] + " takes it.",
            }.ToErrorRecord(kind));
            return false;
        }

        /// <summary>Requires a parameter that the chosen kind needs, before anything is sent.</summary>
        internal bool RequiredFor(string parameterName, params string[] kinds)
        {
            string chosen = ChosenKind();
            if (MyInvocation.BoundParameters.ContainsKey(parameterName) || !kinds.Contains(chosen, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                "-" + Discriminator + " " + chosen + " needs -" + parameterName + ".")
            {
                RecommendedAction = "Add -" + parameterName + " <value>; Get-Help " + MyInvocation.MyCommand.Name + " -Parameter " + parameterName + " says what it is.",
            }.ToErrorRecord(chosen));
            return false;
        }

        /// <summary>Requires a parameter when another is given (with that value, when one is named), before anything is sent.</summary>
        internal bool RequiredWith(string parameterName, string otherName, string value)
        {
            var bound = MyInvocation.BoundParameters;
            if (bound.ContainsKey(parameterName) || !bound.TryGetValue(otherName, out object other)
                || (value != null && !string.Equals(Convert.ToString(other, CultureInfo.InvariantCulture), value, StringComparison.OrdinalIgnoreCase))
                || (other is SwitchParameter sw && !sw.IsPresent))
            {
                return true;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                "-" + otherName + (value != null ? " " + value : string.Empty) + " needs -" + parameterName + ".")
            {
                RecommendedAction = "Add -" + parameterName + " <value>; Get-Help " + MyInvocation.MyCommand.Name + " -Parameter " + parameterName + " says what it is.",
            }.ToErrorRecord(null));
            return false;
        }

        private string ChosenKind() =>
            MyInvocation.BoundParameters.TryGetValue(Discriminator, out object chosen) ? Convert.ToString(chosen, CultureInfo.InvariantCulture) : null;
    }
}
