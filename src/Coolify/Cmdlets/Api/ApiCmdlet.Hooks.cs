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
    }
}
