using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Coolify.Cmdlets.Api
{
    /// <summary>One parameter of a declarative cmdlet and where its value goes in the request.</summary>
    internal sealed class ApiParameter
    {
        internal ApiParameter(PropertyInfo property)
        {
            Property = property;
            var path = property.GetCustomAttribute<ApiPathAttribute>();
            Path = path?.Name;
            IsOwnId = path?.Own ?? false;
            var query = property.GetCustomAttribute<ApiQueryAttribute>();
            Query = query?.Name;
            QueryAlwaysSent = query?.AlwaysSent ?? false;
            QueryDefault = query?.ServerDefault ?? false;
            QueryInverted = query?.Invert ?? false;
            QueryEffect = query?.Effect;
            var body = property.GetCustomAttribute<ApiBodyAttribute>();
            Body = body?.Name;
            Base64 = body?.Base64 ?? false;
            BodyAlwaysSent = body?.AlwaysSent ?? false;
            BodyDefault = body?.ServerDefault ?? false;
            IsNameFilter = property.GetCustomAttribute<NameFilterAttribute>() != null;
            Sets = property.GetCustomAttributes<ParameterAttribute>().Select(p => p.ParameterSetName).ToArray();
        }

        internal PropertyInfo Property { get; }

        internal string Name => Property.Name;

        internal string Path { get; }

        internal bool IsOwnId { get; }

        internal string Query { get; }

        /// <summary>A flag the server turns on by itself, so it is always sent (see ApiQueryAttribute).</summary>
        internal bool QueryAlwaysSent { get; }

        internal bool QueryDefault { get; }

        /// <summary>The switch means the opposite of the flag (-KeepVolumes sends delete_volumes=false).</summary>
        internal bool QueryInverted { get; }

        internal string QueryEffect { get; }

        internal string Body { get; }

        internal bool Base64 { get; }

        /// <summary>A body flag the server turns on by itself, so it is always sent (see ApiBodyAttribute).</summary>
        internal bool BodyAlwaysSent { get; }

        internal bool BodyDefault { get; }

        internal bool IsNameFilter { get; }

        private string[] Sets { get; }

        internal bool InSet(string parameterSet) =>
            Sets.Any(s => s == ParameterAttribute.AllParameterSets || string.Equals(s, parameterSet, StringComparison.OrdinalIgnoreCase));
    }
}
