using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.Json;
using Coolify.Completion;
using Coolify.Connection;
using Coolify.Http;
using Coolify.Json;

namespace Coolify.Cmdlets
{
    /// <summary>Base of every cmdlet that talks to a Coolify instance: picks the connection and sends through its HTTP pipeline.</summary>
    public abstract class CoolifyCmdlet : CoolifyCmdletBase
    {
        // The object being processed, which the engine keeps on every command; internal since
        // PowerShell 2 (delay-bind script blocks read $_ from it). Without it, piped objects go to the
        // default connection, as before this existed.
        private static readonly PropertyInfo CurrentPipelineObject =
            typeof(Cmdlet).BaseType?.GetProperty("CurrentPipelineObject", BindingFlags.Instance | BindingFlags.NonPublic);

        /// <summary>
        /// The instances to talk to: connection objects or the names they were registered under
        /// (Get-CoolifyConnection lists them), wildcards allowed (-Connection *, -Connection prod-*).
        /// With several, the command runs against each in the order given, and a failing instance is an
        /// error naming it while the others go on. When omitted: the connection a piped object came
        /// from, else the default connection.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        [ConnectionTransformation]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public CoolifyConnection[] Connection { get; set; }

        /// <summary>
        /// Set while an answer is handled after its item has left the pipeline (concurrent sends,
        /// -Wait), so follow-up requests and written objects use the connection the item was sent to.
        /// </summary>
        internal CoolifyConnection HandlingConnection { get; set; }

        /// <summary>The instance of the current turn when the command runs against several.</summary>
        private CoolifyConnection _turn;

        /// <summary>Instances that failed for good during this command (unreachable, token refused): the rest of their work is skipped.</summary>
        private readonly HashSet<CoolifyConnection> _failed = new HashSet<CoolifyConnection>();

        private ConcurrentRequests _queue;

        /// <summary>True when -Connection names more than one instance.</summary>
        internal bool IsFleet => Connection != null && Connection.Length > 1;

        /// <summary>In a fleet, the instance whose work or answer is at hand; null otherwise.</summary>
        private CoolifyConnection FleetConnection => IsFleet ? HandlingConnection ?? _turn : null;

        /// <summary>How many requests of piped items may be in flight at once; 1 sends each before the next item is read.</summary>
        internal virtual int Concurrency => 1;

        /// <summary>
        /// Runs the cmdlet's work for the current pipeline item: once, or once per instance of
        /// -Connection (reads of all instances then travel together through the queue).
        /// </summary>
        protected sealed override void ProcessRecord()
        {
            if (!IsFleet)
            {
                ProcessItem();
                return;
            }

            foreach (var connection in Connection)
            {
                if (_failed.Contains(connection))
                {
                    continue;
                }

                _turn = connection;
                try
                {
                    ProcessItem();
                }
                finally
                {
                    _turn = null;
                }
            }
        }

        /// <summary>The work for one pipeline item against the active connection (what ProcessRecord is elsewhere).</summary>
        protected abstract void ProcessItem();

        /// <summary>Handles the answers still queued, then the cmdlet's own end (EndItems).</summary>
        protected sealed override void EndProcessing()
        {
            _queue?.Finish();
            EndItems();
        }

        /// <summary>Work after the last pipeline item and its answers (waiting, summaries); what EndProcessing is elsewhere.</summary>
        protected virtual void EndItems()
        {
        }

        /// <summary>
        /// Sends a request and hands its answer to <paramref name="handle"/>, up to Concurrency at once:
        /// answers are handled in the order of the requests, on the pipeline thread, with the cmdlet's
        /// parameters as they were when the request was queued. Confirm before queueing.
        /// </summary>
        internal void Queue(ApiRequest request, Action<ApiResponse> handle)
        {
            if (Concurrency <= 1)
            {
                Run(request, handle);
                return;
            }

            var state = ParameterState.Capture(this);
            (_queue ?? (_queue = new ConcurrentRequests(this, Concurrency))).Add(ActiveConnection, request, response => state.While(this, () => handle(response)));
        }

        /// <summary>True when the instance failed for good during this command (a fleet skips the rest of its work).</summary>
        internal bool HasFailed(CoolifyConnection connection) => _failed.Contains(connection);

        /// <summary>In a fleet, an error names its instance; an instance that fails for good is skipped from then on, and the others go on.</summary>
        internal override void ReportError(CoolifyException ex, object target)
        {
            var connection = FleetConnection;
            if (connection == null)
            {
                base.ReportError(ex, target);
                return;
            }

            if (_failed.Contains(connection))
            {
                return;
            }

            if (ex.StopsPipeline)
            {
                _failed.Add(connection);
            }

            WriteError(ex.ForInstance(connection.Name, connection.Url).ToErrorRecord(target));
        }

        /// <summary>In a fleet, -WhatIf and -Confirm name the instance a change goes to.</summary>
        internal override string DescribeTarget(string target)
        {
            var connection = FleetConnection;
            return connection == null ? target : target + " on " + connection.Name + " (" + connection.Url + ")";
        }

        internal CoolifyConnection ActiveConnection
        {
            get
            {
                var connection = HandlingConnection ?? _turn ?? SingleConnection ?? PipedConnection() ?? CoolifySession.Default;
                if (connection == null)
                {
                    string[] names = CoolifySession.Names;
                    ThrowTerminatingError(new CoolifyException(CoolifyErrorId.NotConnected, ErrorCategory.ConnectionError,
                        names.Length == 0 ? "Not connected to Coolify." : "No default Coolify connection; connected as " + string.Join(", ", names) + ".")
                    {
                        RecommendedAction = names.Length == 0
                            ? "Run Connect-Coolify -Url <address> -Token (Read-Host -AsSecureString) first, or set COOLIFY_URL and COOLIFY_TOKEN and run Connect-Coolify."
                            : "Give -Connection <name>, or connect again without -NoDefault.",
                    }.ToErrorRecord(null));
                }

                if (connection.IsClosed)
                {
                    ThrowTerminatingError(new CoolifyException(CoolifyErrorId.NotConnected, ErrorCategory.ConnectionError,
                        "The connection '" + connection.Name + "' to " + connection.Url + " was closed by Disconnect-Coolify, or replaced by a newer Connect-Coolify under the same name.")
                    {
                        RecommendedAction = CoolifySession.Find(connection.Name) != null
                            ? "Give -Connection '" + connection.Name + "' to use the newer connection."
                            : "Run Connect-Coolify again.",
                    }.ToErrorRecord(connection.Url));
                }

                return connection;
            }
        }

        /// <summary>Objects remember the connection they came from, so piping them on reaches the same instance.</summary>
        internal override string SourceConnectionName => (HandlingConnection ?? _turn ?? SingleConnection ?? FindConnection(PipedConnectionName()) ?? CoolifySession.Default)?.Name;

        private CoolifyConnection SingleConnection => Connection != null && Connection.Length == 1 ? Connection[0] : null;

        /// <summary>
        /// The connection the object being processed came from, by the name it carries (so a reconnect
        /// under that name is followed). Null without piped input or when the object carries no name.
        /// </summary>
        private CoolifyConnection PipedConnection()
        {
            string name = PipedConnectionName();
            if (name == null)
            {
                return null;
            }

            var connection = FindConnection(name);
            if (connection == null)
            {
                // Falling back to the default could act on another instance than the one the object is from.
                ThrowTerminatingError(new CoolifyException(CoolifyErrorId.NotConnected, ErrorCategory.ConnectionError,
                    "The piped object came from the connection '" + name + "', which is no longer connected.")
                {
                    RecommendedAction = "Connect it again with Connect-Coolify -Name '" + name + "', or give -Connection to choose where the object goes.",
                }.ToErrorRecord(name));
            }

            return connection;
        }

        private string PipedConnectionName()
        {
            if (!MyInvocation.ExpectingInput || !(CurrentPipelineObject?.GetValue(this) is PSObject input))
            {
                return null;
            }

            if (input.BaseObject is CoolifyObject resource)
            {
                return string.IsNullOrEmpty(resource.ConnectionName) ? null : resource.ConnectionName;
            }

            // Objects back from Import-Clixml or a job keep the name as a plain property.
            bool deserialized = input.TypeNames.Any(t => t.StartsWith("Deserialized.Coolify.", StringComparison.Ordinal));
            return deserialized && input.Properties["ConnectionName"]?.Value is string name && name.Length > 0 ? name : null;
        }

        private static CoolifyConnection FindConnection(string name) => name == null ? null : CoolifySession.Find(name);

        /// <summary>Sends a request and returns the answer; failures throw CoolifyException.</summary>
        internal ApiResponse Send(ApiRequest request) => Send(ActiveConnection, request);

        internal ApiResponse Send(CoolifyConnection connection, ApiRequest request) =>
            Await(log => connection.Pipeline.SendAsync(request, log, StopToken));

        /// <summary>Sends a request; on failure writes the error (or stops the pipeline, see CoolifyException.StopsPipeline) and returns null.</summary>
        internal ApiResponse TrySend(ApiRequest request)
        {
            try
            {
                return Send(request);
            }
            catch (CoolifyException ex)
            {
                ReportError(ex, request.Target);
                return null;
            }
        }

        /// <summary>
        /// Sends a request and hands the answer to <paramref name="handle"/>. A failure of either is
        /// written as an error for this pipeline item (or stops the pipeline when every further
        /// request would fail too), and the cmdlet goes on with the next item.
        /// </summary>
        internal void Run(ApiRequest request, Action<ApiResponse> handle)
        {
            try
            {
                handle(Send(request));
            }
            catch (CoolifyException ex)
            {
                ReportError(ex, request.Target);
            }
        }

        internal static T ReadObject<T>(ApiRequest request, ApiResponse response)
            where T : CoolifyObject, new()
        {
            using (var document = response.ParseJson(request))
            {
                return JsonMapper.Map<T>(document.RootElement);
            }
        }

        internal static T[] ReadArray<T>(ApiRequest request, ApiResponse response)
            where T : CoolifyObject, new()
        {
            using (var document = response.ParseJson(request))
            {
                return JsonMapper.MapArray<T>(document.RootElement);
            }
        }

        /// <summary>Says, as verbose output, what Coolify answered to a delete (its message, else <paramref name="fallback"/>).</summary>
        internal void ReportDeleted(ApiResponse response, string fallback) =>
            WriteVerbose("Coolify: " + (ReadField(response, "message") ?? fallback));

        /// <summary>A boolean field of a JSON object answer (e.g. valid), or null when absent, not a boolean or not JSON.</summary>
        internal static bool? ReadFlag(ApiResponse response, string name)
        {
            switch (ReadField(response, name))
            {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    return null;
            }
        }

        /// <summary>A string field of a JSON object answer (e.g. message, uuid), or null when absent or not JSON.</summary>
        internal static string ReadField(ApiResponse response, string name)
        {
            if (!response.LooksLikeJson)
            {
                return null;
            }

            try
            {
                using (var document = JsonDocument.Parse(response.Body))
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(name, out var value)
                        || value.ValueKind == JsonValueKind.Null)
                    {
                        return null;
                    }

                    return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                }
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>Reports each plain -Name that matched nothing, as Get-Process does; patterns that match nothing are not errors.</summary>
        internal void WriteUnmatched(NameFilter filter, string noun)
        {
            foreach (string name in filter.Unmatched())
            {
                WriteError(new CoolifyException(CoolifyErrorId.ResourceNotFound, ErrorCategory.ObjectNotFound, "No " + noun + " is named '" + name + "'.")
                {
                    // Since 0.3.0 a Get- cmdlet's first position is the name: an id typed there lands here.
                    RecommendedAction = "List the names without -Name, or use a wildcard such as '" + name + "*'"
                        + (MyInvocation.MyCommand.Parameters.ContainsKey("Uuid") ? "; give an id as -Uuid '" + name + "'." : "."),
                }.ToErrorRecord(name));
            }
        }
    }
}
