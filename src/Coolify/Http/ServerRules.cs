using System;
using System.Collections.Generic;
using System.Linq;

namespace Coolify.Http
{
    /// <summary>
    /// What the real Coolify server accepts for one operation, as build/server-rules.psd1 writes it down
    /// from the server's source: the body fields its allow-list or handler reads, which are required,
    /// which it wants base64-encoded, and the query flags it reads with their defaults. The module checks
    /// input against it before sending; the simulator enforces the same rules on what it receives.
    /// </summary>
    internal sealed class OperationRules
    {
        internal OperationRules(string operationId, string method, string path, bool strict, string[] fields, string[] required,
            string[][] requiredOneOf, string[] base64, string[] queryTrue, string[] queryFalse, string onError)
        {
            OperationId = operationId;
            Method = method;
            Path = path;
            Strict = strict;
            Fields = fields;
            Required = required;
            RequiredOneOf = requiredOneOf;
            Base64 = base64;
            QueryDefaultTrue = queryTrue;
            QueryDefaultFalse = queryFalse;
            OnError = onError;
        }

        internal string OperationId { get; }

        internal string Method { get; }

        /// <summary>Path below /api/v1 with {placeholders}.</summary>
        internal string Path { get; }

        /// <summary>True when the server answers 422 "This field is not allowed." to a field outside <see cref="Fields"/>; false when it ignores it.</summary>
        internal bool Strict { get; }

        /// <summary>Every body field the server accepts; null when the operation takes no body.</summary>
        internal IReadOnlyList<string> Fields { get; }

        internal IReadOnlyList<string> Required { get; }

        /// <summary>Groups of fields of which the server needs at least one (required_without).</summary>
        internal IReadOnlyList<string[]> RequiredOneOf { get; }

        internal IReadOnlyList<string> Base64 { get; }

        /// <summary>Boolean query flags the server takes as true when they are absent.</summary>
        internal IReadOnlyList<string> QueryDefaultTrue { get; }

        /// <summary>Boolean query flags the server takes as false when they are absent.</summary>
        internal IReadOnlyList<string> QueryDefaultFalse { get; }

        /// <summary>A limitation of the server that explains why it refused the request, added to the error's recommended action; or null.</summary>
        internal string OnError { get; }

        internal bool Allows(string field) => Fields != null && Fields.Contains(field, StringComparer.Ordinal);
    }

    internal static partial class ServerRules
    {
        private static readonly Lazy<IReadOnlyDictionary<string, OperationRules>> ById =
            new Lazy<IReadOnlyDictionary<string, OperationRules>>(() => Table().ToDictionary(r => r.OperationId, StringComparer.Ordinal));

        internal static IEnumerable<OperationRules> All => ById.Value.Values;

        /// <summary>The rules of an operation, or null where build/server-rules.psd1 has none.</summary>
        internal static OperationRules For(string operationId) =>
            operationId != null && ById.Value.TryGetValue(operationId, out var rules) ? rules : null;

        /// <summary>True when the server reads this body field for the operation (or nothing is known about it).</summary>
        internal static bool Allows(string operationId, string field)
        {
            var rules = For(operationId);
            return rules?.Fields == null || rules.Allows(field);
        }
    }
}
