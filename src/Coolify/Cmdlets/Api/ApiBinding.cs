using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Coolify.Cmdlets.Api
{
    /// <summary>The attributed parameters of a cmdlet type, read once per type.</summary>
    internal static class ApiBinding
    {
        private static readonly ConcurrentDictionary<Type, ApiParameter[]> Cache = new ConcurrentDictionary<Type, ApiParameter[]>();

        internal static IEnumerable<ApiParameter> For(Type cmdletType, string parameterSet) =>
            Cache.GetOrAdd(cmdletType, Read).Where(p => p.InSet(parameterSet));

        private static ApiParameter[] Read(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttributes<ParameterAttribute>().Any())
                .Select(p => new ApiParameter(p))
                .Where(p => p.Path != null || p.Query != null || p.Body != null || p.IsNameFilter)
                .ToArray();
    }
}
