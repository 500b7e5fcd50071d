using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Coolify.Cmdlets.Api
{
    /// <summary>The attributed parameters of a cmdlet type, read once per type, and those of each parameter set once per set.</summary>
    internal static class ApiBinding
    {
        private static readonly ConcurrentDictionary<Type, ApiParameter[]> Cache = new ConcurrentDictionary<Type, ApiParameter[]>();

        private static readonly ConcurrentDictionary<KeyValuePair<Type, string>, ApiParameter[]> BySet =
            new ConcurrentDictionary<KeyValuePair<Type, string>, ApiParameter[]>();

        /// <summary>
        /// The parameters of the set, shared by every call of the cmdlet (every generated cmdlet asks on every
        /// call): callers only read the array.
        /// </summary>
        internal static ApiParameter[] For(Type cmdletType, string parameterSet) =>
            BySet.GetOrAdd(new KeyValuePair<Type, string>(cmdletType, parameterSet),
                key => Cache.GetOrAdd(key.Key, Read).Where(p => p.InSet(key.Value)).ToArray());

        private static ApiParameter[] Read(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttributes<ParameterAttribute>().Any())
                .Select(p => new ApiParameter(p))
                .Where(p => p.Path != null || p.Query != null || p.Body != null || p.IsNameFilter)
                .ToArray();
    }
}
