using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace Coolify.Cmdlets
{
    /// <summary>-Name filtering with wildcards, as Get-Process does: a plain name that matches nothing is an error, a pattern is not.</summary>
    internal sealed class NameFilter
    {
        private readonly string[] _names;
        private readonly WildcardPattern[] _patterns;
        private readonly HashSet<int> _matched = new HashSet<int>();

        internal NameFilter(string[] names)
        {
            _names = names ?? Array.Empty<string>();
            _patterns = _names.Select(n => WildcardPattern.Get(n ?? string.Empty, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)).ToArray();
        }

        internal bool IsMatch(string name)
        {
            if (_patterns.Length == 0)
            {
                return true;
            }

            bool any = false;
            for (int i = 0; i < _patterns.Length; i++)
            {
                if (_patterns[i].IsMatch(name ?? string.Empty))
                {
                    _matched.Add(i);
                    any = true;
                }
            }

            return any;
        }

        /// <summary>Plain names (no wildcard) that matched nothing.</summary>
        internal IEnumerable<string> Unmatched() =>
            _names.Where((n, i) => !_matched.Contains(i) && !WildcardPattern.ContainsWildcardCharacters(n));
    }
}
