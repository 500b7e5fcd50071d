using System;
using System.Threading.Tasks;

namespace Coolify.Http
{
    /// <summary>What the pacer says about one request: go, wait this long, or wait for another request's answer.</summary>
    internal readonly struct PaceDecision
    {
        private PaceDecision(TimeSpan wait, Task answer, bool announce, int? limit, PaceTicket ticket, bool go)
        {
            Wait = wait;
            Answer = answer;
            Announce = announce;
            Limit = limit;
            Ticket = ticket;
            IsGo = go;
        }

        /// <summary>The request may go; it holds this ticket.</summary>
        internal bool IsGo { get; }

        internal PaceTicket Ticket { get; }

        /// <summary>How long to wait before asking again.</summary>
        internal TimeSpan Wait { get; }

        /// <summary>Completes when another request of the connection is answered; ask again then (or after AnswerPoll).</summary>
        internal Task Answer { get; }

        /// <summary>The first request to wait for this window's end: it says so where the others keep quiet.</summary>
        internal bool Announce { get; }

        internal int? Limit { get; }

        internal static PaceDecision GoWith(PaceTicket ticket) => new PaceDecision(TimeSpan.Zero, null, false, null, ticket, go: true);

        internal static PaceDecision WaitFor(TimeSpan wait, bool announce, int? limit) =>
            new PaceDecision(wait > TimeSpan.Zero ? wait : TimeSpan.FromTicks(1), null, announce, limit, default(PaceTicket), go: false);

        internal static PaceDecision AwaitAnswerOf(Task answer) => new PaceDecision(TimeSpan.Zero, answer, false, null, default(PaceTicket), go: false);
    }
}
