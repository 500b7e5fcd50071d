using System;
using System.Collections.Generic;
using System.Linq;

namespace Coolify
{
    /// <summary>
    /// The named connections and the one cmdlets use when none is given. Process-wide on purpose:
    /// runspaces of ForEach-Object -Parallel and thread jobs share it, so one Connect-Coolify serves
    /// them all. One lock guards every change, since a replace must dispose exactly the connection it
    /// took out while another runspace may be connecting under the same name.
    /// </summary>
    internal static class CoolifySession
    {
        private static readonly object Gate = new object();
        private static readonly Dictionary<string, CoolifyConnection> Named = new Dictionary<string, CoolifyConnection>(StringComparer.OrdinalIgnoreCase);
        private static CoolifyConnection _default;

        internal static CoolifyConnection Default
        {
            get
            {
                lock (Gate)
                {
                    return _default;
                }
            }
        }

        /// <summary>Every registered connection, the default first, then by name.</summary>
        internal static IReadOnlyList<CoolifyConnection> All
        {
            get
            {
                lock (Gate)
                {
                    return Named.Values.OrderBy(c => ReferenceEquals(c, _default) ? 0 : 1).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToArray();
                }
            }
        }

        internal static string[] Names
        {
            get
            {
                lock (Gate)
                {
                    return Named.Keys.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray();
                }
            }
        }

        internal static CoolifyConnection Find(string name)
        {
            lock (Gate)
            {
                return name != null && Named.TryGetValue(name, out var connection) ? connection : null;
            }
        }

        /// <summary>
        /// Registers the connection under its name; a connection already there is closed. The default
        /// moves to it when asked, and also when the one replaced was the default, so the default never
        /// points at a closed connection.
        /// </summary>
        internal static void Register(CoolifyConnection connection, bool makeDefault)
        {
            CoolifyConnection replaced;
            lock (Gate)
            {
                Named.TryGetValue(connection.Name, out replaced);
                Named[connection.Name] = connection;
                if (makeDefault || (replaced != null && ReferenceEquals(replaced, _default)))
                {
                    _default = connection;
                }
            }

            if (replaced != null && !ReferenceEquals(replaced, connection))
            {
                replaced.Dispose();
            }
        }

        /// <summary>Forgets the connection (by identity, so a newer one under the same name stays) and clears the default if it was.</summary>
        internal static void Remove(CoolifyConnection connection)
        {
            lock (Gate)
            {
                if (connection.Name != null && Named.TryGetValue(connection.Name, out var registered) && ReferenceEquals(registered, connection))
                {
                    Named.Remove(connection.Name);
                }

                if (ReferenceEquals(_default, connection))
                {
                    _default = null;
                }
            }
        }
    }
}
