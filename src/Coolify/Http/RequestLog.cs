using System.Collections.Concurrent;

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
        private readonly ConcurrentQueue<LogEntry> _entries = new ConcurrentQueue<LogEntry>();

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
                _entries.Enqueue(new LogEntry(LogLevel.Verbose, Redactor.Scrub(message)));
            }
        }

        internal void Debug(string message)
        {
            if (DebugEnabled)
            {
                _entries.Enqueue(new LogEntry(LogLevel.Debug, Redactor.Scrub(message)));
            }
        }

        internal void Warning(string message) => _entries.Enqueue(new LogEntry(LogLevel.Warning, Redactor.Scrub(message)));

        internal bool TryDequeue(out LogEntry entry) => _entries.TryDequeue(out entry);
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
