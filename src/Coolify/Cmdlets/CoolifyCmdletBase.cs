using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Coolify.Http;

namespace Coolify.Cmdlets
{
    /// <summary>
    /// Base of every cmdlet that sends requests (Disconnect-Coolify and Get-CoolifyConnection only touch the
    /// session and derive from PSCmdlet): runs async work on the pipeline thread, cancels it on Ctrl+C,
    /// writes the HTTP log, and turns failures into ErrorRecords.
    /// </summary>
    public abstract class CoolifyCmdletBase : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private bool? _debug;
        private bool? _verbose;

        internal CancellationToken StopToken => _stopping.Token;

        private bool DebugEnabled
        {
            get
            {
                if (!_debug.HasValue)
                {
                    _debug = MyInvocation.BoundParameters.ContainsKey("Debug")
                        || GetVariableValue("DebugPreference") is ActionPreference preference && preference != ActionPreference.SilentlyContinue;
                }

                return _debug.Value;
            }
        }

        private bool VerboseEnabled
        {
            get
            {
                if (!_verbose.HasValue)
                {
                    _verbose = MyInvocation.BoundParameters.ContainsKey("Verbose")
                        || GetVariableValue("VerbosePreference") is ActionPreference preference && preference != ActionPreference.SilentlyContinue
                        && preference != ActionPreference.Ignore;
                }

                return _verbose.Value;
            }
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                _stopping.Dispose();
            }
        }

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>
        /// Runs async work to completion on the pipeline thread, writing its log lines as they come,
        /// since PowerShell takes Write* calls only from this thread.
        /// </summary>
        internal T Await<T>(Func<RequestLog, Task<T>> work)
        {
            var log = NewLog();
            var task = work(log);
            try
            {
                while (!Settled(task, 50))
                {
                    Drain(log);
                }

                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            finally
            {
                Drain(log);
            }
        }

        /// <summary>
        /// ShouldProcess for cmdlets with -Force: -Force skips the confirmation prompt (unless -Confirm
        /// is given too), but -WhatIf still only reports and sends nothing.
        /// </summary>
        internal bool ShouldProcess(string target, string action, bool force)
        {
            if (force && !MyInvocation.BoundParameters.ContainsKey("Confirm") && !WhatIfActive())
            {
                return true;
            }

            return base.ShouldProcess(DescribeTarget(target), action);
        }

        /// <summary>ShouldProcess with the target described as the cmdlet sees fit (with its instance, in a fleet).</summary>
        internal new bool ShouldProcess(string target, string action) => ShouldProcess(target, action, false);

        /// <summary>The target as confirmations show it.</summary>
        internal virtual string DescribeTarget(string target) => target;

        internal bool WhatIfActive()
        {
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out object whatIf))
            {
                return LanguagePrimitives.IsTrue(whatIf);
            }

            return LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
        }

        internal virtual void ReportError(CoolifyException ex, object target)
        {
            var record = ex.ToErrorRecord(target);
            if (ex.StopsPipeline)
            {
                ThrowTerminatingError(record);
            }

            WriteError(record);
        }

        /// <summary>The name of the connection this cmdlet talks through, which written objects carry; null when it talks to none.</summary>
        internal virtual string SourceConnectionName => null;

        internal void WriteResource(CoolifyObject resource)
        {
            resource.SetConnectionName(SourceConnectionName);
            WriteObject(resource.ToPipelineObject());
        }

        internal void WriteResources<T>(T[] resources)
            where T : CoolifyObject
        {
            foreach (var resource in resources)
            {
                WriteResource(resource);
            }
        }

        /// <summary>Checks an id before it goes into a URL; writes CoolifyInvalidId and returns false when it must not be sent.</summary>
        internal bool IsValidId(string value, string parameterName)
        {
            string problem = IdValidator.Check(value);
            if (problem == null)
            {
                return true;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidId, ErrorCategory.InvalidArgument,
                "-" + parameterName + " " + problem)
            {
                RecommendedAction = "Pass a Coolify id (letters and digits, such as 'k0wcgw4' or 'xk9q2m7a1b3c5d7e9f0g2h4j'), or pipe objects that have a Uuid property, such as the output of Get-CoolifyService.",
            }.ToErrorRecord(value));
            return false;
        }

        /// <summary>
        /// Waits up to <paramref name="milliseconds"/> for a task to end, however it ends. Task.Wait
        /// spins and blocks on a slim event; the IAsyncResult wait handle would allocate an event per
        /// request that only the finalizer frees.
        /// </summary>
        internal static bool Settled(Task task, int milliseconds)
        {
            try
            {
                return task.Wait(milliseconds);
            }
            catch (AggregateException)
            {
                // Ended with an error; the caller reads it from the task.
                return true;
            }
        }

        /// <summary>A log for one request, formatting bodies only when -Debug will show them.</summary>
        internal RequestLog NewLog() => new RequestLog(DebugEnabled, VerboseEnabled);

        /// <summary>Sleeps on the pipeline thread; Ctrl+C ends the sleep and stops the command.</summary>
        internal void Sleep(TimeSpan duration)
        {
            if (_stopping.Token.WaitHandle.WaitOne(duration))
            {
                throw new PipelineStoppedException();
            }
        }

        internal void Drain(RequestLog log)
        {
            while (log.TryDequeue(out var entry))
            {
                switch (entry.Level)
                {
                    case Http.LogLevel.Warning:
                        WriteWarning(entry.Message);
                        break;
                    case Http.LogLevel.Debug:
                        WriteDebug(entry.Message);
                        break;
                    default:
                        WriteVerbose(entry.Message);
                        break;
                }
            }
        }
    }
}
