using Coolify.Http;

namespace Coolify.Tests;

/// <summary>
/// The pacer's arithmetic against a fake clock and a model of Laravel's throttle (a fixed window that
/// begins with the first request after the last one ended; Retry-After and X-RateLimit-Reset from whole
/// Unix seconds, as Laravel works them out).
/// </summary>
public class RateLimitPacerTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 12, 0, 0, 300, DateTimeKind.Utc);

    /// <summary>Laravel's ThrottleRequests for one token.</summary>
    private sealed class LaravelThrottle(int limit, int windowSeconds)
    {
        private DateTime? _windowStart;
        private int _count;

        internal int Refused { get; private set; }

        internal int Passed { get; private set; }

        internal List<DateTime> Accepted { get; } = new();

        /// <summary>(status, remaining, retryAfter, reset) for a request the server handles at <paramref name="at"/>.</summary>
        internal (int Status, int Remaining, int RetryAfter, long Reset) Hit(DateTime at)
        {
            if (_windowStart == null || at >= _windowStart.Value.AddSeconds(windowSeconds))
            {
                _windowStart = at;
                _count = 0;
            }

            if (_count >= limit)
            {
                Refused++;
                long reset = Unix(_windowStart.Value) + windowSeconds;
                return (429, 0, (int)Math.Max(0, reset - Unix(at)), reset);
            }

            _count++;
            Passed++;
            Accepted.Add(at);
            return (200, limit - _count, 0, 0);
        }

        private static long Unix(DateTime utc) => (long)Math.Floor((utc - DateTime.UnixEpoch).TotalSeconds);
    }

    /// <summary>
    /// Sends <paramref name="count"/> requests through the pacer, <paramref name="concurrency"/> at a time, on a
    /// simulated clock that jumps to the next event. Each request reaches the server after a random part of
    /// <paramref name="latency"/> and is answered at about the latency, so the server counts requests out of the
    /// order they were sent in and answers come back out of order too. With <paramref name="pause"/> one request
    /// goes first (Connect-Coolify's) and the run starts that long after it. Returns the time from the run's first
    /// request to its last answer.
    /// </summary>
    private static TimeSpan Run(RateLimitPacer pacer, LaravelThrottle server, int count, int concurrency, TimeSpan latency, int limit, int startMs, TimeSpan pause, int seed)
    {
        var random = new Random(seed);
        var origin = Start.AddMilliseconds(startMs - Start.Millisecond);
        var now = origin;
        var inFlight = new List<Flight>();
        var waitingUntil = new List<DateTime>();
        int started = 0, done = 0, retries = 0, rounds = 0;
        DateTime? first = null;

        void Send(PaceTicket ticket)
        {
            double counted = latency.Ticks * (0.1 + (0.6 * random.NextDouble()));
            double answered = latency.Ticks * (0.8 + (0.4 * random.NextDouble()));
            inFlight.Add(new Flight(ticket, now + TimeSpan.FromTicks((long)counted), now + TimeSpan.FromTicks((long)Math.Max(counted, answered))));
        }

        void Deliver(Flight flight)
        {
            inFlight.Remove(flight);
            if (flight.Reply.Status == 429)
            {
                pacer.RateLimited(flight.Ticket, now, RetryPolicy.RateLimitDelay(flight.Reply.RetryAfter, 0), flight.Reply.Reset, limit);
                retries++;
            }
            else
            {
                pacer.Answered(flight.Ticket, now, limit, flight.Reply.Remaining);
                done++;
            }
        }

        if (pause > TimeSpan.Zero)
        {
            // Connect-Coolify's version check, then nothing for a while.
            var decision = pacer.Next(now);
            Assert.True(decision.IsGo);
            Send(decision.Ticket);
            count++;
            started++;
        }

        while (done < count)
        {
            Assert.True(++rounds < 1_000_000, "the simulation does not end");
            bool paused = pause > TimeSpan.Zero && now < origin + pause;

            // Everything that may go now goes.
            bool sentAny;
            do
            {
                sentAny = false;
                int pending = count - started + retries;
                if (!paused && pending > 0 && inFlight.Count < concurrency && waitingUntil.Count(w => w > now) < pending)
                {
                    var decision = pacer.Next(now);
                    if (decision.IsGo)
                    {
                        if (retries > 0) retries--; else started++;
                        first ??= now;
                        Send(decision.Ticket);
                        sentAny = true;
                    }
                    else if (decision.Answer == null)
                    {
                        waitingUntil.Add(now + decision.Wait);
                    }
                }
            }
            while (sentAny);

            // Then the clock moves to the next event: the server counting a request, an answer, a wait's end.
            var events = inFlight.Select(f => f.Reply.Status == 0 ? f.CountedAt : f.AnswerAt).Concat(waitingUntil.Where(w => w > now));
            if (paused) events = events.Append(origin + pause);
            now = events.DefaultIfEmpty(now + TimeSpan.FromMilliseconds(250)).Min();
            waitingUntil.RemoveAll(w => w <= now);
            foreach (var flight in inFlight.Where(f => f.Reply.Status == 0 && f.CountedAt <= now).OrderBy(f => f.CountedAt).ToList())
            {
                flight.Reply = server.Hit(flight.CountedAt);
            }

            foreach (var flight in inFlight.Where(f => f.Reply.Status != 0 && f.AnswerAt <= now).OrderBy(f => f.AnswerAt).ToList())
            {
                Deliver(flight);
            }
        }

        return now - (first ?? now);
    }

    private sealed class Flight(PaceTicket ticket, DateTime countedAt, DateTime answerAt)
    {
        internal PaceTicket Ticket { get; } = ticket;

        internal DateTime CountedAt { get; } = countedAt;

        internal DateTime AnswerAt { get; } = answerAt;

        internal (int Status, int Remaining, int RetryAfter, long Reset) Reply { get; set; }
    }

    [Theory]
    [InlineData(300, 100, 5, 16, 5, 300, 0)]
    [InlineData(300, 100, 5, 16, 5, 998, 0)]
    [InlineData(300, 100, 5, 16, 5, 300, 5200)]
    [InlineData(300, 100, 5, 16, 50, 620, 5200)]
    [InlineData(300, 100, 5, 1, 20, 0, 0)]
    [InlineData(250, 60, 2, 8, 3, 700, 0)]
    [InlineData(500, 120, 2, 16, 1, 999, 2500)]
    [InlineData(60, 10, 2, 4, 10, 995, 0)]
    [InlineData(450, 200, 60, 8, 30, 450, 0)]
    public void A_long_run_takes_what_the_limit_requires_and_meets_one_429_or_two(int count, int limit, int window, int concurrency, int latencyMs, int startMs, int pauseMs)
    {
        for (int seed = 1; seed <= 5; seed++)
        {
            var pacer = new RateLimitPacer();
            var server = new LaravelThrottle(limit, window);
            var latency = TimeSpan.FromMilliseconds(latencyMs);
            var took = Run(pacer, server, count, concurrency, latency, limit, startMs, TimeSpan.FromMilliseconds(pauseMs), seed);

            // The floor: the last window the run needs opens (windows - 1) lengths after its first request;
            // then its requests take their time. Each window the pacer waits for costs it about one request's
            // time and a little margin.
            int windows = (count + limit - 1) / limit;
            var floor = TimeSpan.FromSeconds((windows - 1) * window);
            Assert.Equal(count + (pauseMs > 0 ? 1 : 0), server.Passed);
            // One 429 tells the first window's end and length; a second one at most, when the window began
            // so close to a second's start that the length could be one of two and the shorter was wrong.
            Assert.True(server.Refused <= (startMs >= 990 ? 2 : 1), $"seed {seed}: {server.Refused} requests were refused");
            Assert.True(took >= floor, $"seed {seed}: took {took}, less than the floor {floor}: the simulation is wrong");
            Assert.True(took <= floor + TimeSpan.FromSeconds(0.1 * windows) + TimeSpan.FromTicks(latency.Ticks * ((count / concurrency) + (3 * windows))),
                $"seed {seed}: took {took} for a floor of {floor}");
            Assert.Equal(TimeSpan.FromSeconds(window), pacer.WindowLength);
        }
    }

    private static PaceTicket Go(RateLimitPacer pacer, DateTime at)
    {
        var decision = pacer.Next(at);
        Assert.True(decision.IsGo, "the request was held");
        return decision.Ticket;
    }

    [Fact]
    public void Without_counters_every_request_goes_at_once()
    {
        var pacer = new RateLimitPacer();
        var tickets = Enumerable.Range(0, 50).Select(_ => Go(pacer, Start)).ToList();
        foreach (var ticket in tickets)
        {
            pacer.Answered(ticket, Start.AddMilliseconds(1), null, null);
        }

        Go(pacer, Start.AddMilliseconds(2));
        Assert.Null(pacer.Budget);
    }

    [Fact]
    public void The_budget_is_the_lowest_count_the_server_reported_less_the_requests_in_flight()
    {
        var pacer = new RateLimitPacer();
        pacer.Answered(Go(pacer, Start), Start.AddMilliseconds(5), 200, 150);
        Assert.Equal(150, pacer.Budget);
        var ten = Enumerable.Range(0, 10).Select(_ => Go(pacer, Start.AddMilliseconds(6))).ToList();
        Assert.Equal(140, pacer.Budget);

        // The server counted them in another order than they were sent; whatever the order, the lowest
        // count less those still out is what is left.
        pacer.Answered(ten[9], Start.AddMilliseconds(8), 200, 149);
        pacer.Answered(ten[0], Start.AddMilliseconds(9), 200, 148);
        Assert.Equal(140, pacer.Budget);
        pacer.Answered(ten[1], Start.AddMilliseconds(9), 200, 147);
        Assert.Equal(140, pacer.Budget);

        // Another client of the same token spent some: the server's count wins.
        pacer.Answered(ten[2], Start.AddMilliseconds(9), 200, 100);
        Assert.Equal(94, pacer.Budget);
    }

    [Fact]
    public void A_spent_budget_holds_requests_until_the_window_a_429_named_then_one_goes_first()
    {
        var pacer = new RateLimitPacer();
        var t = Start;
        pacer.Answered(Go(pacer, t), t.AddMilliseconds(2), 3, 2);
        var a = Go(pacer, t.AddMilliseconds(3));
        var b = Go(pacer, t.AddMilliseconds(3));
        pacer.Answered(a, t.AddMilliseconds(5), 3, 1);
        pacer.Answered(b, t.AddMilliseconds(5), 3, 0);

        // Spent, and the end is not known: one request goes to ask; the others wait for its answer.
        var probe = Go(pacer, t.AddMilliseconds(6));
        var waiting = pacer.Next(t.AddMilliseconds(6));
        Assert.False(waiting.IsGo);
        Assert.NotNull(waiting.Answer);
        Assert.False(waiting.Answer.IsCompleted);

        // The server says 2 s (the window began at :00.300 and ends at :02.300; Reset is :02 in whole seconds).
        long reset = (long)Math.Floor((Start - DateTime.UnixEpoch).TotalSeconds) + 2;
        pacer.RateLimited(probe, t.AddMilliseconds(8), TimeSpan.FromSeconds(2), reset, 3);
        Assert.True(waiting.Answer.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.WindowLength);

        var blocked = pacer.Next(t.AddMilliseconds(9));
        Assert.False(blocked.IsGo);
        Assert.Null(blocked.Answer);
        Assert.InRange(blocked.Wait.TotalSeconds, 1.99, 2.05);
        Assert.False(blocked.Announce);

        // After the end one request opens the new window; the rest wait for its answer, then go.
        var after = t + blocked.Wait + TimeSpan.FromMilliseconds(9);
        var opener = Go(pacer, after);
        Assert.NotNull(pacer.Next(after).Answer);
        pacer.Answered(opener, after.AddMilliseconds(2), 3, 2);
        var c = Go(pacer, after.AddMilliseconds(3));
        var d = Go(pacer, after.AddMilliseconds(3));

        // Spent by the count, with two still out: their answers come first (they may give budget back).
        Assert.NotNull(pacer.Next(after.AddMilliseconds(3)).Answer);
        pacer.Answered(d, after.AddMilliseconds(4), 3, 1);
        pacer.Answered(c, after.AddMilliseconds(5), 3, 0);

        // Spent: now the end is known without asking (start + 2 s), and the first to wait says so.
        var spent = pacer.Next(after.AddMilliseconds(6));
        Assert.False(spent.IsGo);
        Assert.Null(spent.Answer);
        Assert.True(spent.Announce);
        Assert.InRange(spent.Wait.TotalSeconds, 1.99, 2.05);
        Assert.False(pacer.Next(after.AddMilliseconds(7)).Announce);
    }

    [Fact]
    public void Answers_from_before_a_window_turned_over_do_not_count_against_the_new_one()
    {
        var pacer = new RateLimitPacer();
        var t = Start;
        pacer.Answered(Go(pacer, t), t.AddMilliseconds(1), 10, 5);
        var late = Go(pacer, t.AddMilliseconds(500));
        var refused = Go(pacer, t.AddMilliseconds(500));
        pacer.RateLimited(refused, t.AddMilliseconds(501), TimeSpan.FromSeconds(1), null, 10);
        var later = t.AddSeconds(1.6);
        var opener = Go(pacer, later);
        pacer.Answered(opener, later.AddMilliseconds(1), 10, 9);

        // The request still out may yet count in the new window: it is kept back from the budget.
        Assert.Equal(8, pacer.Budget);

        // It answers late, with the old window's count, which says nothing of the new one: it did not count there.
        pacer.Answered(late, later.AddMilliseconds(2), 10, 0);
        Assert.Equal(9, pacer.Budget);
    }

    [Fact]
    public void A_request_that_got_no_answer_gives_its_place_back()
    {
        var pacer = new RateLimitPacer();
        pacer.Answered(Go(pacer, Start), Start.AddMilliseconds(1), 10, 1);
        var last = Go(pacer, Start.AddMilliseconds(2));
        Assert.Equal(0, pacer.Budget);
        var waiting = pacer.Next(Start.AddMilliseconds(2));
        Assert.NotNull(waiting.Answer);
        pacer.Abandoned(last);
        Assert.True(waiting.Answer.IsCompleted);

        // Nothing is out now and the end is still unknown: the next request goes to ask.
        Go(pacer, Start.AddMilliseconds(3));
    }

    [Fact]
    public void A_window_that_turned_over_during_a_pause_is_noticed_and_not_taken_for_a_longer_one()
    {
        var pacer = new RateLimitPacer();
        var t = Start;
        pacer.Answered(Go(pacer, t), t.AddMilliseconds(2), 100, 99);

        // Nothing for 10 s; the server's 5-s window ran out and the next request opens a new one.
        var resumed = t.AddSeconds(10);
        pacer.Answered(Go(pacer, resumed), resumed.AddMilliseconds(2), 100, 99);
        Assert.Equal(99, pacer.Budget);
        for (int i = 0; i < 99; i++)
        {
            pacer.Answered(Go(pacer, resumed.AddMilliseconds(3)), resumed.AddMilliseconds(4), 100, 98 - i);
        }

        var probe = Go(pacer, resumed.AddMilliseconds(5));
        long reset = (long)Math.Floor((resumed - DateTime.UnixEpoch).TotalSeconds) + 5;
        pacer.RateLimited(probe, resumed.AddMilliseconds(6), TimeSpan.FromSeconds(5), reset, 100);
        Assert.Equal(TimeSpan.FromSeconds(5), pacer.WindowLength);
    }

    [Fact]
    public void A_retry_after_without_reset_still_teaches_the_window_to_the_nearest_second()
    {
        var pacer = new RateLimitPacer();
        var t = Start;
        pacer.Answered(Go(pacer, t), t.AddMilliseconds(2), 5, 4);
        for (int i = 0; i < 4; i++)
        {
            pacer.Answered(Go(pacer, t.AddMilliseconds(3)), t.AddMilliseconds(4), 5, 3 - i);
        }

        pacer.RateLimited(Go(pacer, t.AddMilliseconds(5)), t.AddMilliseconds(6), TimeSpan.FromSeconds(3), null, 5);
        Assert.Equal(TimeSpan.FromSeconds(3), pacer.WindowLength);
    }
}
