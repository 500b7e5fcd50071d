using System;

namespace Coolify.Http
{
    /// <summary>
    /// When a failed request may be sent again. Only where the server surely did not act on it (429,
    /// which Coolify rejects before any work) or where repeating is harmless (GET). Never on 401/403:
    /// Coolify locks a token out after 30 failed requests a minute.
    /// </summary>
    internal sealed class RetryPolicy
    {
        internal static RetryPolicy Default { get; } = new RetryPolicy();

        /// <summary>How many times a 429 is waited out before the error is reported.</summary>
        internal int MaxRateLimitRetries { get; set; } = 6;

        /// <summary>How many times a GET is repeated after 500/502/503/504 or a network failure.</summary>
        internal int MaxTransientRetries { get; set; } = 3;

        /// <summary>The longest Retry-After the module waits; longer requests fail at once with the wait in the message.</summary>
        internal TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(120);

        internal TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Server errors a GET may meet once and not again: a crashed worker (500), a proxy without its upstream (502-504).</summary>
        internal static bool IsTransientStatus(int status) => status == 500 || status == 502 || status == 503 || status == 504;

        internal static TimeSpan RateLimitDelay(int? retryAfterSeconds, int attempt)
        {
            if (retryAfterSeconds.HasValue)
            {
                return TimeSpan.FromSeconds(Math.Max(1, retryAfterSeconds.Value));
            }

            // No Retry-After: back off 2, 4, 8 … seconds, as Laravel's window is a minute at most.
            return TimeSpan.FromSeconds(Math.Min(60, 2 << Math.Min(attempt, 5)));
        }

        internal TimeSpan TransientDelay(int? retryAfterSeconds, int attempt)
        {
            if (retryAfterSeconds.HasValue && retryAfterSeconds.Value > 0)
            {
                return TimeSpan.FromSeconds(Math.Min(retryAfterSeconds.Value, 30));
            }

            return TimeSpan.FromTicks(FirstBackoff.Ticks << Math.Min(attempt, 5));
        }
    }
}
