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
    /// Sends <paramref name="count"/> requests through the pacer, <paramref name="concurrency"/> at a time, each
    /// taking <paramref name="latency"/> (the server counts it halfway), on a simulated clock that jumps to the
    /// next event. Returns the time the last answer arrived, measured from the first request.
    /// </summary>
    private static TimeSpan Run(RateLimitPacer pacer, LaravelThrottle server, int count, int concurrency, TimeSpan latency, int limit, int startMs)
    {
        var first = Start.AddMilliseconds(startMs - Start.Millisecond);
        var now = first;
        int started = 0, done = 0;
        // In flight: when each is answered, when it was sent, and what the server said.
        var inFlight = new List<(DateTime Answer, PaceTicket Ticket, (int Status, int Remaining, int RetryAfter, long Reset) Reply)>();
        var waitingUntil = new List<DateTime>();
        int retries = 0;
        int rounds = 0;
        while (done < count)
        {
            Assert.True(++rounds < 1_000_000, "the simulation does not end");

            // Everything that may go now goes.
            bool sentAny;
            do
            {
                sentAny = false;
                int pending = count - started + retries;
                if (pending > 0 && inFlight.Count < concurrency && waitingUntil.Count(w => w > now) < pending)
                {
                    var decision = pacer.Next(now);
                    if (decision.IsGo)
                    {
                        if (retries > 0) retries--; else started++;
                        inFlight.Add((now + latency, decision.Ticket, server.Hit(now + latency / 2)));
                        sentAny = true;
                    }
                    else if (decision.Answer == null)
                    {
                        waitingUntil.Add(now + decision.Wait);
                    }
                }
            }
            while (sentAny);

            // Then the clock moves to the next answer or the end of a wait.
            var next = inFlight.Select(i => i.Answer).Concat(waitingUntil.Where(w => w > now)).DefaultIfEmpty(now + TimeSpan.FromMilliseconds(250)).Min();
            now = next;
            waitingUntil.RemoveAll(w => w <= now);
            foreach (var answer in inFlight.Where(i => i.Answer <= now).ToList())
            {
                inFlight.Remove(answer);
                if (answer.Reply.Status == 429)
                {
                    pacer.RateLimited(answer.Ticket, now, RetryPolicy.RateLimitDelay(answer.Reply.RetryAfter, 0), answer.Reply.Reset, limit);
                    retries++;
                }
                else
                {
                    pacer.Answered(answer.Ticket, now, limit, answer.Reply.Remaining);
                    done++;
                }
            }
        }

        return now - first;
    }

    [Theory]
    [InlineData(300, 100, 5, 16, 5, 300)]
    [InlineData(300, 100, 5, 16, 5, 998)]
    [InlineData(300, 100, 5, 1, 20, 0)]
    [InlineData(250, 60, 2, 8, 3, 700)]
    [InlineData(500, 120, 2, 16, 1, 999)]
    [InlineData(60, 10, 2, 4, 10, 995)]
    [InlineData(450, 200, 60, 8, 30, 450)]
    public void A_long_run_takes_what_the_limit_requires_and_meets_at_most_one_429(int count, int limit, int window, int concurrency, int latencyMs, int startMs)
    {
        var pacer = new RateLimitPacer();
        var server = new LaravelThrottle(limit, window);
        var latency = TimeSpan.FromMilliseconds(latencyMs);
        var took = Run(pacer, server, count, concurrency, latency, limit, startMs);

        // The floor: the last window opens (windows - 1) lengths after the first request; then its
        // requests take their time. Every window the pacer waits for costs it one request's time and
        // its margin, the first one more to learn the length.
        int windows = (count + limit - 1) / limit;
        var floor = TimeSpan.FromSeconds((windows - 1) * window);
        Assert.Equal(count, server.Passed);
        Assert.True(server.Refused <= 1, $"{server.Refused} requests were refused");
        Assert.True(took >= floor, $"took {took}, less than the floor {floor}: the simulation is wrong");
        Assert.True(took <= floor + TimeSpan.FromSeconds(0.25 * windows) + TimeSpan.FromTicks(latency.Ticks * (count / concurrency + 2 * windows)),
            $"took {took} for a floor of {floor}");
        Assert.Equal(TimeSpan.FromSeconds(window), pacer.WindowLength);
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
    public void The_budget_is_what_the_server_reported_less_the_requests_sent_since()
    {
        var pacer = new RateLimitPacer();
        pacer.Answered(Go(pacer, Start), Start.AddMilliseconds(5), 200, 150);
        Assert.Equal(150, pacer.Budget);
        var ten = Enumerable.Range(0, 10).Select(_ => Go(pacer, Start.AddMilliseconds(6))).ToList();
        Assert.Equal(140, pacer.Budget);

        // Answers in any order say the same when the server counts in the order of sending.
        pacer.Answered(ten[9], Start.AddMilliseconds(8), 200, 140);
        pacer.Answered(ten[0], Start.AddMilliseconds(9), 200, 149);
        Assert.Equal(140, pacer.Budget);

        // Another client of the same token spent some: the server's count wins.
        pacer.Answered(ten[1], Start.AddMilliseconds(9), 200, 100);
        Assert.Equal(92, pacer.Budget);
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
        Go(pacer, after.AddMilliseconds(3));
        Go(pacer, after.AddMilliseconds(3));

        // Spent again: now the end is known without asking (start + 2 s), and the first to wait says so.
        var spent = pacer.Next(after.AddMilliseconds(3));
        Assert.False(spent.IsGo);
        Assert.Null(spent.Answer);
        Assert.True(spent.Announce);
        Assert.InRange(spent.Wait.TotalSeconds, 1.99, 2.05);
        Assert.False(pacer.Next(after.AddMilliseconds(4)).Announce);
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

        // It answers late, with the old window's count, which says nothing of the new one.
        pacer.Answered(late, later.AddMilliseconds(2), 10, 0);
        Assert.Equal(8, pacer.Budget);
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
