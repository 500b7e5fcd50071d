using System;

namespace Coolify.Http
{
    /// <summary>
    /// What a 429 in a rate-limit window whose start was seen says about the server's window: its end,
    /// and its length where the answer tells it. Laravel's fixed window sends Retry-After (whole seconds
    /// to wait) and X-RateLimit-Reset (the window's start in whole Unix seconds plus its length).
    /// </summary>
    internal readonly struct WindowReading
    {
        /// <summary>A little past a predicted window end, for the server's clock tick and the way there.</summary>
        internal static readonly TimeSpan EndMargin = TimeSpan.FromMilliseconds(20);

        private static readonly DateTime UnixEpoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        private WindowReading(DateTime end, TimeSpan? length, bool? lengthMayBeShort, bool endPredicted)
        {
            End = end;
            Length = length;
            LengthMayBeShort = lengthMayBeShort;
            EndPredicted = endPredicted;
        }

        /// <summary>When requests may go again.</summary>
        internal DateTime End { get; }

        /// <summary>The window's length: as known before, or learned from this answer.</summary>
        internal TimeSpan? Length { get; }

        /// <summary>Whether the length may be a second short (the start straddled a second); null when this answer does not say.</summary>
        internal bool? LengthMayBeShort { get; }

        /// <summary>True when End comes from the learned length rather than from the wait the server named.</summary>
        internal bool EndPredicted { get; }

        /// <param name="now">When the 429 came.</param>
        /// <param name="wait">How long the server asked to wait (Retry-After, or the back-off without it).</param>
        /// <param name="resetUnixSeconds">X-RateLimit-Reset, when sent.</param>
        /// <param name="end"><paramref name="now"/> plus <paramref name="wait"/>.</param>
        /// <param name="windowStart">When the window began, as late as it can have (its first answer came).</param>
        /// <param name="windowStartSent">When the window began, as early as it can have (that request went).</param>
        /// <param name="knownLength">The length learned before, if any.</param>
        internal static WindowReading From429(DateTime now, TimeSpan wait, long? resetUnixSeconds, DateTime end, DateTime windowStart, DateTime windowStartSent, TimeSpan? knownLength)
        {
            if (!resetUnixSeconds.HasValue)
            {
                // Retry-After alone is whole seconds, a second either way of the real end: the length
                // is rounded to the nearest second. Should that end a window early, the one request
                // that opens the next window meets the 429, not all of them.
                var rounded = knownLength ?? TimeSpan.FromSeconds(Math.Max(1, Math.Round((end - windowStart).TotalSeconds)));
                return new WindowReading(end, rounded, null, false);
            }

            // Laravel's reset is the window's start in whole seconds plus its length. When the server's
            // clock agrees with this one (Retry-After counts from the same second), the length follows
            // exactly, and the end from the start seen here.
            double skew = resetUnixSeconds.Value - UnixSeconds(now) - wait.TotalSeconds;
            if (Math.Abs(skew) > 1.5)
            {
                return new WindowReading(end, knownLength, null, false);
            }

            // The server counted the window's first request between the earliest send it can have been and
            // the first answer. When a second began in between, the length is one of two: take the shorter
            // (a wrong guess then costs the next window's first request one 429, and is put right), not the
            // longer (which would cost every window a second, unnoticed).
            long startSecond = (long)Math.Floor(UnixSeconds(windowStart));
            bool mayBeShort = (long)Math.Floor(UnixSeconds(windowStartSent)) != startSecond;
            long seconds = resetUnixSeconds.Value - startSecond;
            if (seconds <= 0)
            {
                return new WindowReading(end, knownLength, mayBeShort, false);
            }

            var length = TimeSpan.FromSeconds(seconds);
            DateTime predicted = windowStart + length + EndMargin;
            if (Math.Abs((predicted - end).TotalSeconds) > 1.5)
            {
                return new WindowReading(end, knownLength, mayBeShort, false);
            }

            return new WindowReading(predicted, length, mayBeShort, true);
        }

        private static double UnixSeconds(DateTime utc) => (utc - UnixEpoch).TotalSeconds;
    }
}
