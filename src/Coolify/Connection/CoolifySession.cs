using System.Threading;

namespace Coolify
{
    /// <summary>
    /// The connection cmdlets use when none is given. It is process-wide on purpose: runspaces of
    /// ForEach-Object -Parallel and thread jobs share it, so one Connect-Coolify serves them all.
    /// </summary>
    internal static class CoolifySession
    {
        private static CoolifyConnection _default;

        internal static CoolifyConnection Default => Volatile.Read(ref _default);

        internal static void SetDefault(CoolifyConnection connection) => Volatile.Write(ref _default, connection);

        /// <summary>Clears the default if it is still the given connection; returns whether it was.</summary>
        internal static bool ClearDefault(CoolifyConnection connection) =>
            ReferenceEquals(Interlocked.CompareExchange(ref _default, null, connection), connection);
    }
}
