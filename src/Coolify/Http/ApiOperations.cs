using System;
using System.Collections.Generic;
using System.Linq;

namespace Coolify.Http
{
    /// <summary>
    /// The source of truth that maps every supported Coolify operation to its cmdlet. A new Coolify
    /// release is a change to this table (and the cmdlet it names); docs/api-coverage.md and the
    /// contract tests are generated from it.
    /// </summary>
    internal static partial class ApiOperations
    {
        // Lazy: the per-tag arrays live in other files of this partial class, and C# does not order
        // static initialisers across files.
        private static readonly Lazy<ApiOperation[]> AllOperations =
            new Lazy<ApiOperation[]>(() => General.Concat(Projects).Concat(Servers).Concat(Services).Concat(Teams).Concat(Generated).ToArray());

        private static readonly Lazy<IReadOnlyDictionary<string, ApiOperation>> ById =
            new Lazy<IReadOnlyDictionary<string, ApiOperation>>(() => AllOperations.Value.ToDictionary(o => o.OperationId, StringComparer.Ordinal));

        /// <summary>Every operation the module implements, in the order of the OpenAPI document's tags.</summary>
        internal static IReadOnlyList<ApiOperation> All => AllOperations.Value;

        internal static ApiOperation Get(string operationId) =>
            ById.Value.TryGetValue(operationId, out var op)
                ? op
                : throw new InvalidOperationException("No API operation is registered as '" + operationId + "'.");
    }
}
