using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Coolify.Http
{
    /// <summary>
    /// Spends a connection's rate-limit budget without running into 429s, from the counters the server
    /// sends. Coolify is Laravel: its throttle counts requests in a fixed window that begins with the
    /// first request after the previous one ended (200 a minute by default), sends X-RateLimit-Limit
    /// and X-RateLimit-Remaining with every answer, and Retry-After and X-RateLimit-Reset (a Unix
    /// time in whole seconds) with a 429. The pacer counts what the connection may still send in the
    /// window (the last Remaining, less the requests still in flight); while budget is left a request
    /// goes at once. When it is spent, requests wait for the window's end instead of being sent into
    /// 429s, and then one request goes first to see the new window before the rest follow.
    /// </summary>
    /// <remarks>
    /// The window's end is known from a 429 (Retry-After, or the window's start plus the length that
    /// X-RateLimit-Reset gives); after one window the length is known and later windows end where
    /// the length says, so a long pipeline meets about one 429 in all (none when the first window's
    /// end was learned before its budget ran out). The budget is spent as fast as the requests come:
    /// spreading the last of it over the rest of the window would delay the end of every run whose
    /// last window reaches that part, by up to a window. One instance serves every concurrent request
    /// of a connection; every member takes the lock. Time is passed in, so tests use a fake clock.
    /// </remarks>
    internal sealed class RateLimitPacer
    {
        /// <summary>How long a request waits at most for another one's answer before it looks again.</summary>
        internal static readonly TimeSpan AnswerPoll = TimeSpan.FromMilliseconds(250);

        private static readonly TimeSpan EndMargin = WindowReading.EndMargin;

        // A pause this long may have let a window of unknown length run out unseen: the start seen
        // before it no longer tells the length.
        private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

        private readonly object _gate = new object();
        // The requests in flight, by ticket number, with when each was sent.
        private readonly Dictionary<long, DateTime> _inFlight = new Dictionary<long, DateTime>();

        private int? _limit;

        // Requests let go so far; each one's ticket is its number.
        private long _sent;
        private int _peakInFlight;
        private DateTime _lastSent;

        // The lowest Remaining the server reported in this window, and when that answer came. Every
        // request answered before it was counted before it (Remaining only goes down), so what may still
        // go is that count less the requests in flight, whatever order the server counted them in. Null
        // while the server has sent no counters (no pacing).
        private int? _remaining;

        // Answers to requests sent before this moment belong to the previous window.
        private DateTime _windowOpened;

        // When the current window began, as late as it can have (its first answer arrived) and as
        // early (that request was sent); null when not seen. Trusted while it can tell the length.
        private DateTime? _windowStart;
        private DateTime _windowStartSent;
        private bool _startTrusted;
        private DateTime? _windowEnd;
        private TimeSpan? _windowLength;

        // The length was worked out from a start that straddled a second: it may be one second short.
        // Should the next window's first request meet a 429, it is one second longer.
        private bool _lengthMayBeShort;
        private bool _endPredicted;
        private DateTime? _previousStart;
        private DateTime _previousStartSent;

        // Answers counted so far: a ticket remembers how many had come when it went.
        private long _answers;

        // Requests wait until then: the budget is spent, or the server answered 429.
        private DateTime _blockedUntil;
        private DateTime _announced;

        // After a window ended one request goes first, so a wrong guess costs one 429, not a burst.
        private bool _opening;
        private long _opener = -1;

        private TaskCompletionSource<bool> _answered = NewSignal();

        /// <summary>The last X-RateLimit-Limit, or null before any.</summary>
        internal int? Limit
        {
            get
            {
                lock (_gate)
                {
                    return _limit;
                }
            }
        }

        /// <summary>What the connection may still send in the current window by the pacer's count, or null when unknown.</summary>
        internal long? Budget
        {
            get
            {
                lock (_gate)
                {
                    return _remaining - _inFlight.Count;
                }
            }
        }

        /// <summary>The learned length of the server's window, or null before one was seen end.</summary>
        internal TimeSpan? WindowLength
        {
            get
            {
                lock (_gate)
                {
                    return _windowLength;
                }
            }
        }

        /// <summary>
        /// Whether a request may go now. When it may (IsGo), it is counted as in flight under the
        /// decision's Ticket: the caller must then report its answer (Answered, RateLimited) or Abandoned.
        /// </summary>
        internal PaceDecision Next(DateTime now)
        {
            lock (_gate)
            {
                if (now < _blockedUntil)
                {
                    bool announce = _announced != _blockedUntil;
                    _announced = _blockedUntil;
                    return PaceDecision.WaitFor(_blockedUntil - now, announce, _limit);
                }

                if (_windowEnd.HasValue && now >= _windowEnd.Value)
                {
                    // The window is over: the server's count starts again with the next request.
                    _windowOpened = now;
                    _previousStart = _windowStart;
                    _previousStartSent = _windowStartSent;
                    _windowStart = null;
                    _windowEnd = null;
                    _remaining = _limit;
                    _opening = _limit.HasValue;
                    _opener = -1;
                }

                if (_opening)
                {
                    if (_opener >= 0)
                    {
                        return PaceDecision.AwaitAnswerOf(_answered.Task);
                    }

                    var opener = Go(now);
                    _opener = opener.Ticket.Number;
                    return opener;
                }

                if (!_remaining.HasValue || _remaining.Value > _inFlight.Count)
                {
                    return Go(now);
                }

                // Spent by the count so far. Requests still out may have been counted before the lowest
                // count came back (then their answers give budget back), so wait for those first.
                if (_inFlight.Count > 0)
                {
                    return PaceDecision.AwaitAnswerOf(_answered.Task);
                }

                // Spent. Wait for the window's end when it is known or can be worked out.
                if (!_windowEnd.HasValue && _windowStart.HasValue && _windowLength.HasValue)
                {
                    _windowEnd = _windowStart.Value + _windowLength.Value + EndMargin;
                    _endPredicted = true;
                }

                if (_windowEnd.HasValue)
                {
                    _blockedUntil = _windowEnd.Value;
                    _announced = _blockedUntil;
                    return PaceDecision.WaitFor(_blockedUntil - now, announce: true, _limit);
                }

                // The end is not known: one request goes to ask (a 429 names the end; a success means the
                // window has already turned over).
                return Go(now);
            }
        }

        /// <summary>A request that was let go ended without an answer (a network failure, a timeout, Ctrl+C).</summary>
        internal void Abandoned(PaceTicket ticket)
        {
            lock (_gate)
            {
                _inFlight.Remove(ticket.Number);
                _answers++;
                if (_opener == ticket.Number)
                {
                    _opener = -1;
                }

                Signal();
            }
        }

        /// <summary>A request was answered (not 429) with the counters given (either may be null).</summary>
        internal void Answered(PaceTicket ticket, DateTime now, int? limit, int? remaining)
        {
            lock (_gate)
            {
                _inFlight.Remove(ticket.Number);
                _answers++;
                if (limit.HasValue && limit.Value > 0)
                {
                    _limit = limit;
                }

                bool opener = _opener == ticket.Number;
                if (opener)
                {
                    _opener = -1;
                }

                if (ticket.Sent >= _windowOpened)
                {
                    if (remaining.HasValue)
                    {
                        Count(ticket, now, Math.Max(0, remaining.Value), opener);
                    }
                    else if (opener)
                    {
                        // No counters after all: nothing to pace by.
                        _opening = false;
                    }
                }

                Signal();
            }
        }

        /// <summary>
        /// A request was refused with 429; <paramref name="wait"/> is how long the server asked to wait
        /// (or the back-off without Retry-After), <paramref name="resetUnixSeconds"/> its X-RateLimit-Reset.
        /// Every request of the connection waits until then.
        /// </summary>
        internal void RateLimited(PaceTicket ticket, DateTime now, TimeSpan wait, long? resetUnixSeconds, int? limit)
        {
            lock (_gate)
            {
                _inFlight.Remove(ticket.Number);
                _answers++;
                if (limit.HasValue && limit.Value > 0)
                {
                    _limit = limit;
                }

                bool opener = _opener == ticket.Number;
                if (opener)
                {
                    _opener = -1;
                }

                if (ticket.Sent < _windowOpened)
                {
                    // Sent before the window it would count against: it says nothing about this one, and
                    // its second try goes through Next like any other request.
                    Signal();
                    return;
                }

                DateTime end = now + wait;
                if (opener && _endPredicted && _previousStart.HasValue)
                {
                    // The window was taken to end sooner than it does: the length is a second longer than
                    // thought, and this wait ends where the longer length says.
                    _windowStart = _previousStart;
                    _windowStartSent = _previousStartSent;
                    _startTrusted = true;
                    if (_lengthMayBeShort && _windowLength.HasValue)
                    {
                        _windowLength += TimeSpan.FromSeconds(1);
                        _lengthMayBeShort = false;
                        DateTime longer = _windowStart.Value + _windowLength.Value + EndMargin;
                        end = longer > now ? longer : end;
                    }
                }
                else if (_windowStart.HasValue && _startTrusted)
                {
                    var reading = WindowReading.From429(now, wait, resetUnixSeconds, end, _windowStart.Value, _windowStartSent, _windowLength);
                    _windowLength = reading.Length;
                    _lengthMayBeShort = reading.LengthMayBeShort ?? _lengthMayBeShort;
                    _endPredicted = reading.EndPredicted;
                    end = reading.End;
                }
                else
                {
                    _endPredicted = false;
                }

                _remaining = 0;
                _opening = false;
                _windowEnd = end;
                if (end > _blockedUntil)
                {
                    _blockedUntil = end;
                }

                // The refused request says so itself; the others wait quietly.
                _announced = _blockedUntil;
                Signal();
            }
        }

        private PaceDecision Go(DateTime now)
        {
            if (_windowStart.HasValue && !_windowLength.HasValue && _sent > 0 && now - _lastSent >= Pause)
            {
                _startTrusted = false;
            }

            var ticket = new PaceTicket(_sent++, now, _remaining, _answers);
            _lastSent = now;
            _inFlight.Add(ticket.Number, now);
            _peakInFlight = Math.Max(_peakInFlight, _inFlight.Count);
            return PaceDecision.GoWith(ticket);
        }

        private void Count(PaceTicket ticket, DateTime now, int remaining, bool opener)
        {
            int limit = _limit ?? remaining + 1;

            // Answers that came after this request went may be of requests counted after it in its window,
            // which its own count does not show yet.
            int since = (int)Math.Max(0, _answers - 1 - ticket.AnswersBefore);

            // Every request the window has counted could be this one, one still out, or one answered since
            // this one went: the window began with this connection's requests, so its start was seen.
            bool freshWindow = limit - remaining <= _inFlight.Count + since + 1;
            if (opener || !_remaining.HasValue)
            {
                _opening = false;
                Begin(ticket, now, remaining, freshWindow);
                return;
            }

            // A request counted in the same window as the answers that came before it went sees less than
            // the lowest of them. It sees as much or more: the window turned over without this connection
            // waiting for it.
            if (ticket.SeenRemaining.HasValue && remaining >= ticket.SeenRemaining.Value)
            {
                _windowOpened = ticket.Sent;
                Begin(ticket, now, Math.Max(0, remaining - since), freshWindow);
                return;
            }

            if (remaining < _remaining.Value)
            {
                _remaining = remaining;
            }
        }

        private void Begin(PaceTicket ticket, DateTime now, int remaining, bool freshWindow)
        {
            _remaining = remaining;
            _blockedUntil = default(DateTime);
            _endPredicted = false;
            if (freshWindow)
            {
                // Its first request went no earlier than the earliest of those that may have been counted first.
                DateTime earliest = ticket.Sent;
                foreach (var sent in _inFlight.Values)
                {
                    if (sent < earliest)
                    {
                        earliest = sent;
                    }
                }

                _windowStart = now;
                _windowStartSent = earliest;
                _startTrusted = true;
                _windowEnd = _windowLength.HasValue ? now + _windowLength.Value + EndMargin : (DateTime?)null;
                _endPredicted = _windowEnd.HasValue;
            }
            else
            {
                _windowStart = null;
                _startTrusted = false;
                _windowEnd = null;
            }
        }

        private void Signal()
        {
            var answered = _answered;
            _answered = NewSignal();
            answered.TrySetResult(true);
        }

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
