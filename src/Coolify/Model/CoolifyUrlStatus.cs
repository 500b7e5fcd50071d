namespace Coolify
{
    /// <summary>
    /// One URL an application answers at, as a URL check (Test-CoolifyApplicationUrl, -WaitForUrl) left it: whether
    /// it answered 2xx or 3xx, the last status code or network error, and how many requests it took.
    /// </summary>
    public sealed class CoolifyUrlStatus
    {
        /// <summary>The URL requested, e.g. https://app.example.com/.</summary>
        public string Url { get; internal set; }

        /// <summary>True once the URL answered with a 2xx or 3xx status (a redirect is reported, not followed).</summary>
        public bool Ready { get; internal set; }

        /// <summary>The HTTP status of the last answer; null when no answer came (see Error).</summary>
        public int? StatusCode { get; internal set; }

        /// <summary>The reason phrase of the last answer, e.g. Service Unavailable.</summary>
        public string StatusDescription { get; internal set; }

        /// <summary>Why the last request got no answer (connection refused, timeout, certificate refused); null after an answer.</summary>
        public string Error { get; internal set; }

        /// <summary>How many requests were sent.</summary>
        public int Attempts { get; internal set; }

        /// <summary>Seconds from the first request to the first 2xx or 3xx answer, or to the end of the check.</summary>
        public double Seconds { get; internal set; }

        /// <summary>The last outcome in words: "200 OK", "503 Service Unavailable" or the network error.</summary>
        public string LastResult =>
            StatusCode.HasValue ? (StatusCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + StatusDescription).TrimEnd()
            : Error ?? "not requested";

        public override string ToString() => Url + " " + LastResult;
    }
}
