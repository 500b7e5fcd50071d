using System.Collections.Concurrent;
using System.Threading;

namespace Coolify.Http
{
    internal enum LogLevel
    {
        Verbose,
        Debug,
        Warning,
    }

    /// <summary>
    /// Messages the HTTP pipeline produces on whatever thread it runs. PowerShell only accepts Write*
    /// calls on the pipeline thread, so the cmdlet drains this queue there. Every message is scrubbed
    /// of known secrets on the way in.
    /// </summary>
    internal sealed class RequestLog
    {
        // Made on the first message: most requests log none (Verbose off), and a queue is a few hundred bytes.
        private ConcurrentQueue<LogEntry> _entries;

        internal RequestLog(bool debugEnabled = false, bool verboseEnabled = true)
        {
            DebugEnabled = debugEnabled;
            VerboseEnabled = verboseEnabled || debugEnabled;
        }

        /// <summary>Verbose lines are only formatted and scrubbed when someone will read them.</summary>
        internal bool VerboseEnabled { get; }

        /// <summary>Bodies are only formatted when someone will read them.</summary>
        internal bool DebugEnabled { get; }

        internal void Verbose(string message)
        {
            if (VerboseEnabled)
            {
                Entries.Enqueue(new LogEntry(LogLevel.Verbose, Redactor.Scrub(message)));
            }
        }

        internal void Debug(string message)
        {
            if (DebugEnabled)
            {
                Entries.Enqueue(new LogEntry(LogLevel.Debug, Redactor.Scrub(message)));
            }
        }

        internal void Warning(string message) => Entries.Enqueue(new LogEntry(LogLevel.Warning, Redactor.Scrub(message)));

        internal bool TryDequeue(out LogEntry entry)
        {
            var entries = Volatile.Read(ref _entries);
            if (entries == null)
            {
                entry = default(LogEntry);
                return false;
            }

            return entries.TryDequeue(out entry);
        }

        private ConcurrentQueue<LogEntry> Entries
        {
            get
            {
                var entries = Volatile.Read(ref _entries);
                if (entries == null)
                {
                    // Messages come from whichever thread the request runs on: the first one wins.
                    var made = new ConcurrentQueue<LogEntry>();
                    entries = Interlocked.CompareExchange(ref _entries, made, null) ?? made;
                }

                return entries;
            }
        }
    }

    internal readonly struct LogEntry
    {
        internal LogEntry(LogLevel level, string message)
        {
            Level = level;
            Message = message;
        }

        internal LogLevel Level { get; }

        internal string Message { get; }
    }
}
