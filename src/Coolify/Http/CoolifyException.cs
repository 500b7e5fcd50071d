using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace Coolify.Http
{
    /// <summary>
    /// A failed Coolify call. It carries the stable ErrorId and ErrorCategory that the cmdlets put on
    /// their ErrorRecord, the HTTP status and Coolify's own message, never the token.
    /// </summary>
    [Serializable]
    public class CoolifyException : Exception
    {
        public CoolifyException() : this("The Coolify request failed.") { }

        public CoolifyException(string message) : this(message, null) { }

        public CoolifyException(string message, Exception innerException)
            : base(message, innerException)
        {
            ErrorId = CoolifyErrorId.UnexpectedResponse;
            Category = ErrorCategory.NotSpecified;
            FieldErrors = new Dictionary<string, string[]>();
        }

        internal CoolifyException(string errorId, ErrorCategory category, string message, Exception innerException = null)
            : base(message, innerException)
        {
            ErrorId = errorId;
            Category = category;
            FieldErrors = new Dictionary<string, string[]>();
        }

        /// <summary>The stable ErrorId, e.g. CoolifyResourceNotFound.</summary>
        public string ErrorId { get; }

        public ErrorCategory Category { get; }

        /// <summary>HTTP status of the answer, or 0 when no answer came.</summary>
        public int StatusCode { get; internal set; }

        /// <summary>The message field of Coolify's error body, as the server wrote it.</summary>
        public string ServerMessage { get; internal set; }

        /// <summary>Field errors of a 422 answer: field name to messages.</summary>
        public IReadOnlyDictionary<string, string[]> FieldErrors { get; internal set; }

        /// <summary>What the user can do about it; shown as the error's recommended action.</summary>
        public string RecommendedAction { get; internal set; }

        /// <summary>Seconds the server asked to wait (Retry-After), when it said.</summary>
        public int? RetryAfterSeconds { get; internal set; }

        /// <summary>The same failure, worded for one instance of several (its connection name and URL first); it no longer stops the pipeline.</summary>
        internal CoolifyException ForInstance(string connectionName, string url) =>
            new CoolifyException(ErrorId, Category, connectionName + " (" + url + "): " + Message, InnerException)
            {
                StatusCode = StatusCode,
                ServerMessage = ServerMessage,
                FieldErrors = FieldErrors,
                RecommendedAction = RecommendedAction,
                RetryAfterSeconds = RetryAfterSeconds,
                IsPerInstance = true,
            };

        /// <summary>Set on an error that concerns one instance of several: the command goes on with the others.</summary>
        internal bool IsPerInstance { get; private set; }

        /// <summary>
        /// True when every further request of the pipeline would fail the same way (authentication,
        /// permission, API switched off, network, TLS). Cmdlets stop the pipeline then, rather than
        /// send more failing requests: Coolify locks a token out after 30 failed requests a minute.
        /// </summary>
        public bool StopsPipeline =>
            !PerItem && !IsPerInstance && (Category == ErrorCategory.AuthenticationError
            || Category == ErrorCategory.PermissionDenied
            || Category == ErrorCategory.NotEnabled
            || Category == ErrorCategory.SecurityError
            || Category == ErrorCategory.ConnectionError
            || Category == ErrorCategory.OperationTimeout);

        /// <summary>
        /// Set for errors about one item only, even in a category that usually means every request
        /// fails (a wait that ran out of time, a log this token may not read).
        /// </summary>
        internal bool PerItem { get; set; }

        internal ErrorRecord ToErrorRecord(object target)
        {
            var record = new ErrorRecord(this, ErrorId, Category, target);
            if (!string.IsNullOrEmpty(RecommendedAction))
            {
                record.ErrorDetails = new ErrorDetails(Message) { RecommendedAction = RecommendedAction };
            }

            return record;
        }

        internal static string FormatFieldErrors(IReadOnlyDictionary<string, string[]> errors) =>
            string.Join("; ", errors.Select(e => e.Key + ": " + string.Join(" ", e.Value)));
    }
}
