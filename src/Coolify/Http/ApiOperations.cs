using System;
using System.Collections.Generic;
using System.Linq;

namespace Coolify.Http
{
    /// <summary>
    /// Looks operations up by id. The rows come from build/api-map.txt through the generator
    /// (ApiOperations.Generated.cs); a new route is a row there and a rerun, never an edit here.
    /// </summary>
    internal static partial class ApiOperations
    {
        private static readonly Lazy<ApiOperation[]> AllOperations = new Lazy<ApiOperation[]>(Table);

        private static readonly Lazy<IReadOnlyDictionary<string, ApiOperation>> ById =
            new Lazy<IReadOnlyDictionary<string, ApiOperation>>(() => AllOperations.Value.ToDictionary(o => o.OperationId, StringComparer.Ordinal));

        /// <summary>Every operation the module implements, in the order of build/api-map.txt.</summary>
        internal static IReadOnlyList<ApiOperation> All => AllOperations.Value;

        internal static ApiOperation Get(string operationId) =>
            ById.Value.TryGetValue(operationId, out var op)
                ? op
                : throw new InvalidOperationException("No API operation is registered as '" + operationId + "'.");
    }
}
