using System.Collections.Generic;
using System.Linq;

namespace Coolify.Text
{
    /// <summary>Small helpers for the sentences the module shows (confirmations, warnings).</summary>
    internal static class Words
    {
        /// <summary>"a", "a and b", "a, b and c".</summary>
        internal static string List(IReadOnlyList<string> items)
        {
            if (items.Count <= 1)
            {
                return items.Count == 1 ? items[0] : string.Empty;
            }

            return string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
        }
    }
}
