using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using System.Threading;
using Coolify.Connection;
using Coolify.Http;

namespace Coolify.Cmdlets.Commands
{
    /// <summary>Runs a command once in the container of an application or a service and writes what it printed.</summary>
    /// <remarks>
    /// <para>Invoke-CoolifyCommand runs a one-off command, such as a database migration or a cache flush, in the running container of an application or a service, through Coolify's scheduled tasks: it creates a task that never runs by itself (disabled, with a yearly schedule), runs it once, waits until its execution has ended, and writes a CoolifyCommandResult (Uuid of the resource, Command, Container, Status, Output, ExitCode, Started, Finished, Duration).</para>
    /// <para>The task is always deleted again: after a success, a failure, a timeout, an error and Ctrl+C. If that delete fails too, a warning names the task so you can delete it with Remove-CoolifyScheduledTask.</para>
    /// <para>Coolify runs the command with sh -c in the container (docker exec), with what it prints on standard output and standard error kept together (at most 5 MB). A service with several containers needs -Container, the name of one of its applications or databases; an application has one container and ignores it.</para>
    /// <para>A command that fails (exits non-zero, or cannot run because no container is running) is a non-terminating error with ErrorId CoolifyCommandFailed, whose message ends with the output and whose TargetObject is the result. Coolify reports an exit code only when the command printed nothing; ExitCode is 0 for a success and null when Coolify did not say. A command still running after -Timeout seconds (default 600) is CoolifyWaitTimeout. -Timeout is also the task's timeout on the server, so Coolify stops the command by then too.</para>
    /// <para>Write-Progress shows the execution's status while it runs. -WhatIf creates nothing, and -Confirm asks first; the question names the command and the resource. The token needs read and write permissions.</para>
    /// </remarks>
    /// <example>Run a command in an application's container
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Invoke-CoolifyCommand -Command 'echo migrated'
    /// </code>
    /// <para>A piped application binds -ApplicationUuid; the result's Output is what the command printed.</para>
    /// </example>
    /// <example>Run a command in one container of a service
    /// <code>
    /// Invoke-CoolifyCommand -ServiceUuid xk9q2m7a1b3c5d7e9f0g2h4j -Container n8n -Command 'n8n export:workflow --all --output=/home/node/backup/' -Timeout 120
    /// </code>
    /// <para>-Container names the service's application or database to run in; a piped service binds -ServiceUuid.</para>
    /// </example>
    /// <example>Stop a script when the command fails
    /// <code>
    /// $result = Get-CoolifyApplication -Name web-frontend | Invoke-CoolifyCommand -Command 'echo checked' -ErrorAction Stop
    /// $result.Output
    /// </code>
    /// <para>A failure is CoolifyCommandFailed; with -ErrorAction Stop it ends the script, with the command's output in the message.</para>
    /// </example>
    /// <example>See what would run
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Invoke-CoolifyCommand -Command 'php artisan migrate --force' -WhatIf
    /// </code>
    /// <para>Nothing is created or sent.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.ScheduledTasks.NewCoolifyScheduledTaskCommand"/>
    /// <seealso cref="Coolify.Cmdlets.ScheduledTasks.GetCoolifyScheduledTaskExecutionCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Logs.GetCoolifyLogCommand"/>
    [Cmdlet(VerbsLifecycle.Invoke, "CoolifyCommand", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ApplicationSet)]
    [OutputType(typeof(CoolifyCommandResult))]
    public sealed class InvokeCoolifyCommandCommand : CoolifyCmdlet
    {
        private const string ApplicationSet = "Application";
        private const string ServiceSet = "Service";

        // Neither runs by itself: the scheduler only looks at enabled tasks, and the execute route ignores the flag.
        private const string Frequency = "yearly";

        private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(15);
        private static readonly TimeSpan FirstInterval = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan LongestInterval = TimeSpan.FromSeconds(3);
        private static readonly Regex FailurePrefix = new Regex(@"^Job permanently failed after \d+ attempts?: ", RegexOptions.CultureInvariant);
        private static readonly Regex NoOutputExit = new Regex(@"^SSH command failed with exit code: (\d+)$", RegexOptions.CultureInvariant);

        /// <summary>Id of the application to run the command in; a piped application binds it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ApplicationSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ApplicationUuid { get; set; }

        /// <summary>Id of the service to run the command in; a piped service binds it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ServiceSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string ServiceUuid { get; set; }

        /// <summary>The command to run once; Coolify runs it with sh -c in the container.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Command { get; set; }

        /// <summary>For a service with several containers: the name of the application or database of the service to run in.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Container { get; set; }

        /// <summary>Seconds to wait at most for the command to end (default 600); longer is an error with ErrorId CoolifyWaitTimeout. It is the task's timeout on the server too.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int Timeout { get; set; } = 600;

        private string Kind => ParameterSetName == ServiceSet ? "service" : "application";

        private string ResourceUuid => ParameterSetName == ServiceSet ? ServiceUuid : ApplicationUuid;

        protected override void ProcessItem()
        {
            string uuid = ResourceUuid;
            if (!IsValidId(uuid, ParameterSetName + "Uuid"))
            {
                return;
            }

            string resource = Kind + " " + uuid + (Container != null ? " (container " + Container + ")" : string.Empty);
            if (!ShouldProcess(resource, "Run command '" + Command + "'"))
            {
                return;
            }

            var connection = ActiveConnection;
            if (!connection.CanRead)
            {
                ThrowTerminatingError(new CoolifyException(CoolifyErrorId.ReadNeeded, ErrorCategory.PermissionDenied,
                    "Invoke-CoolifyCommand reads the command's execution to wait for it, and this token cannot read. Nothing was sent.")
                {
                    RecommendedAction = "Connect with a token that has read and write permissions.",
                }.ToErrorRecord(connection.Url));
            }

            // A name of its own, so a task whose create answer was lost can still be found and deleted.
            string name = "invoke-coolifycommand-" + Guid.NewGuid().ToString("N").Substring(0, 12);
            string taskUuid = null;
            bool createSent = false;
            try
            {
                var create = new ApiRequest(Operation("create-scheduled-task-by-{0}-uuid"), uuid)
                {
                    Target = uuid,
                }.WithBody(new JsonBody()
                    .Add("name", name)
                    .Add("command", Command)
                    .Add("frequency", Frequency)
                    .Add("container", Container)
                    .Add("timeout", Timeout)
                    .Add("enabled", false));
                createSent = true;
                taskUuid = ReadObject<CoolifyScheduledTask>(create, Send(connection, create)).Uuid;
                if (string.IsNullOrEmpty(taskUuid))
                {
                    taskUuid = null;
                    throw new CoolifyException(CoolifyErrorId.UnexpectedResponse, ErrorCategory.InvalidResult,
                        "Coolify created the scheduled task without saying its id.");
                }

                var execute = new ApiRequest(Operation("execute-scheduled-task-by-{0}-uuid"), uuid, taskUuid) { Target = uuid };
                var clock = Stopwatch.StartNew();
                Send(connection, execute);
                var execution = WaitForEnd(connection, uuid, taskUuid, clock);
                var result = Result(uuid, execution);
                if (result.Status == "success")
                {
                    WriteResource(result);
                }
                else
                {
                    ReportError(Failed(result), result);
                }
            }
            catch (CoolifyException ex)
            {
                ReportError(ex, uuid);
            }
            finally
            {
                Cleanup(connection, uuid, taskUuid, createSent ? name : null);
            }
        }

        private ApiOperation Operation(string template) => ApiOperations.Get(string.Format(CultureInfo.InvariantCulture, template, Kind));

        /// <summary>Polls the task's executions until the newest has ended, quickly at first; never sleeps past the deadline.</summary>
        private CoolifyScheduledTaskExecution WaitForEnd(CoolifyConnection connection, string uuid, string taskUuid, Stopwatch clock)
        {
            var list = new ApiRequest(Operation("list-scheduled-task-executions-by-{0}-uuid"), uuid, taskUuid) { Target = uuid };
            var interval = FirstInterval;
            string activity = "Running '" + Shorten(Command) + "' in " + Kind + " " + uuid;
            int activityId = Math.Abs(activity.GetHashCode() % 100000) + 1;
            string status = "queued";
            try
            {
                while (true)
                {
                    var latest = ReadArray<CoolifyScheduledTaskExecution>(list, Send(connection, list))
                        .OrderByDescending(e => e.StartedAt ?? e.CreatedAt ?? DateTime.MinValue)
                        .FirstOrDefault();
                    if (latest != null)
                    {
                        status = latest.Status ?? "running";
                        if (Ended(latest))
                        {
                            return latest;
                        }
                    }

                    double left = Timeout - clock.Elapsed.TotalSeconds;
                    if (left <= 0)
                    {
                        throw new CoolifyException(CoolifyErrorId.WaitTimeout, ErrorCategory.OperationTimeout,
                            "Stopped waiting after " + Timeout + " s: the command '" + Command + "' in " + Kind + " " + uuid + " is still " + status + ".")
                        {
                            PerItem = true,
                            RecommendedAction = "Give a longer -Timeout. The scheduled task is deleted, but a command already running may go on in the container until Coolify's timeout stops it.",
                        };
                    }

                    WriteProgress(new ProgressRecord(activityId, activity, status + ", " + (int)clock.Elapsed.TotalSeconds + " s"));
                    Sleep(TimeSpan.FromMilliseconds(Math.Min(interval.TotalMilliseconds, left * 1000)));
                    interval = TimeSpan.FromMilliseconds(Math.Min(LongestInterval.TotalMilliseconds, interval.TotalMilliseconds * 1.5));
                }
            }
            finally
            {
                if (!StopToken.IsCancellationRequested)
                {
                    WriteProgress(new ProgressRecord(activityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
                }
            }
        }

        /// <summary>
        /// Ended once Coolify has written the outcome and the end time: ScheduledTaskJob sets the status first and
        /// finished_at in its finally block.
        /// </summary>
        private static bool Ended(CoolifyScheduledTaskExecution execution) =>
            (execution.Status == "success" || execution.Status == "failed") && execution.FinishedAt.HasValue;

        private CoolifyCommandResult Result(string uuid, CoolifyScheduledTaskExecution execution)
        {
            string output = execution.Message;
            int? exitCode = null;
            if (execution.Status == "success")
            {
                exitCode = 0;
            }
            else if (output != null)
            {
                output = FailurePrefix.Replace(output, string.Empty);
                var match = NoOutputExit.Match(output);
                if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int code))
                {
                    exitCode = code;
                    output = string.Empty;
                }
            }

            var result = new CoolifyCommandResult
            {
                Uuid = uuid,
                ResourceType = ParameterSetName,
                Command = Command,
                Container = Container,
                Status = execution.Status,
                Output = output,
                ExitCode = exitCode,
                Started = execution.StartedAt,
                Finished = execution.FinishedAt,
                Duration = execution.Duration,
                ExecutionUuid = execution.Uuid,
            };

            // Piped on, the result binds the same resource again.
            result.AddExtra(ParameterSetName + "Uuid", uuid);
            return result;
        }

        private CoolifyException Failed(CoolifyCommandResult result)
        {
            string how = result.ExitCode.HasValue ? " with exit code " + result.ExitCode.Value.ToString(CultureInfo.InvariantCulture) : string.Empty;
            string output = string.IsNullOrEmpty(result.Output) ? "." : ":" + Environment.NewLine + result.Output;
            return new CoolifyException(CoolifyErrorId.CommandFailed, ErrorCategory.InvalidResult,
                "The command '" + Command + "' failed in " + Kind + " " + result.Uuid + how + output)
            {
                RecommendedAction = "Read the output (the error's TargetObject.Output); check that the " + Kind + " is running, and for a service with several containers give -Container.",
            };
        }

        /// <summary>
        /// Deletes the task, with a fresh short timeout that a Ctrl+C does not cancel. Without its id (the create
        /// answer never came), looks for it by its name. Writes nothing while the pipeline is stopping.
        /// </summary>
        private void Cleanup(CoolifyConnection connection, string uuid, string taskUuid, string name)
        {
            if (taskUuid == null && name == null)
            {
                return;
            }

            var log = NewLog();
            string problem = null;
            using (var cleanup = new CancellationTokenSource(CleanupTimeout))
            {
                try
                {
                    if (taskUuid == null)
                    {
                        var list = new ApiRequest(Operation("list-scheduled-tasks-by-{0}-uuid"), uuid);
                        var response = connection.Pipeline.SendAsync(list, log, cleanup.Token).GetAwaiter().GetResult();
                        taskUuid = ReadArray<CoolifyScheduledTask>(list, response).FirstOrDefault(t => t.Name == name)?.Uuid;
                    }

                    if (taskUuid != null)
                    {
                        var delete = new ApiRequest(Operation("delete-scheduled-task-by-{0}-uuid"), uuid, taskUuid);
                        connection.Pipeline.SendAsync(delete, log, cleanup.Token).GetAwaiter().GetResult();
                    }
                }
                catch (CoolifyException ex) when (ex.ErrorId == CoolifyErrorId.ResourceNotFound && taskUuid != null)
                {
                    // Already gone.
                }
                catch (CoolifyException ex)
                {
                    problem = ex.Message;
                }
                catch (OperationCanceledException)
                {
                    problem = "no answer within " + (int)CleanupTimeout.TotalSeconds + " s";
                }
            }

            if (StopToken.IsCancellationRequested)
            {
                return;
            }

            Drain(log);
            if (problem != null)
            {
                WriteWarning("The scheduled task " + (taskUuid ?? "'" + name + "'") + " that ran the command could not be deleted (" + problem + "). Delete it with: "
                    + (taskUuid != null
                        ? "Remove-CoolifyScheduledTask -" + ParameterSetName + "Uuid " + uuid + " -ScheduledTaskUuid " + taskUuid
                        : "Get-CoolifyScheduledTask -" + ParameterSetName + "Uuid " + uuid + " -Name " + name + " | Remove-CoolifyScheduledTask"));
            }
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
