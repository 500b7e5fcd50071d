using System;

namespace Coolify.Http
{
    /// <summary>A request the pacer let go: its number in the connection's order of sending, and when it went.</summary>
    internal readonly struct PaceTicket
    {
        internal PaceTicket(long number, DateTime sent, int? seenRemaining, long answersBefore)
        {
            Number = number;
            Sent = sent;
            SeenRemaining = seenRemaining;
            AnswersBefore = answersBefore;
        }

        internal long Number { get; }

        internal DateTime Sent { get; }

        /// <summary>The lowest Remaining known when the request went: in the same window its own is lower.</summary>
        internal int? SeenRemaining { get; }

        /// <summary>How many answers had come when the request went.</summary>
        internal long AnswersBefore { get; }
    }
}
