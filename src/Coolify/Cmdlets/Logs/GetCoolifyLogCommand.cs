using System;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Logs
{
    /// <summary>Gets the latest container log lines of an application, a database, or one container of a service.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). For a service, -SubService names the container: the Name of one of its Applications or Databases (Get-CoolifyService -Uuid shows them).</para>
    /// <para>It writes one string per line, oldest first: the last 100 lines by default, or -Tail lines (at most 10000); -Timestamps prefixes Docker's timestamp. Coolify answers with an error when the container is not running.</para>
    /// <para>With -Follow it keeps asking every -PollSec seconds and writes only the lines it has not written yet, until Ctrl+C; Coolify has no log stream, so very busy containers can lose lines between polls.</para>
    /// </remarks>
    /// <example>The last 50 lines of a service container
    /// <code>
    /// Get-CoolifyLog -ServiceUuid k0wcgw4 -SubService n8n -Tail 50
    /// </code>
    /// <para>The container name is the Name of one of the service's Applications.</para>
    /// </example>
    /// <example>Follow an application's log
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Get-CoolifyLog -Tail 200 -Follow
    /// </code>
    /// <para>Prints new lines every two seconds until Ctrl+C.</para>
    /// </example>
    /// <example>Search a database's log
    /// <code>
    /// Get-CoolifyDatabase -Name main-db | Get-CoolifyLog -Tail 1000 -Timestamps | Select-String 'ERROR'
    /// </code>
    /// <para>Lines are plain strings, so Select-String and Where-Object work on them.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Deployments.GetCoolifyDeploymentLogCommand"/>
    [Cmdlet(VerbsCommon.Get, "CoolifyLog", DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(string))]
    public sealed class GetCoolifyLogCommand : OwnedResourceCmdlet
    {
        /// <summary>Name of the container inside the service: the Name of one of its Applications or Databases (Get-CoolifyService -Uuid).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ServiceSet)]
        [ValidateNotNullOrEmpty]
        public string SubService { get; set; }

        /// <summary>How many of the latest lines to get (Coolify's default 100, at most 10000).</summary>
        [Parameter]
        [ValidateRange(1, 10000)]
        public int? Tail { get; set; }

        /// <summary>Prefix each line with Docker's timestamp.</summary>
        [Parameter]
        public SwitchParameter Timestamps { get; set; }

        /// <summary>Keep polling and write only new lines, until Ctrl+C (Coolify has no log stream; the module asks every -PollSec seconds).</summary>
        [Parameter]
        public SwitchParameter Follow { get; set; }

        /// <summary>With -Follow: seconds between polls (default 2).</summary>
        [Parameter]
        [ValidateRange(1, 300)]
        public int PollSec { get; set; } = 2;

        protected override void ProcessItem()
        {
            if (!IsValidOwner())
            {
                return;
            }

            if (!Follow)
            {
                var request = Request(Tail, Timestamps);
                Run(request, response => WriteLines(Lines(response), Timestamps));
                return;
            }

            // Following asks with timestamps, so that lines already written can be recognised by their
            // stamp and left out, whatever the window of lines returned.
            string last = null;
            int window = Tail ?? 100;
            while (true)
            {
                var request = Request(last == null ? window : Math.Max(window, 1000), true);
                var response = TrySend(request);
                if (response == null)
                {
                    return;
                }

                var lines = Lines(response);
                int start = 0;
                if (last != null)
                {
                    int seen = Array.FindLastIndex(lines, l => string.CompareOrdinal(StampOf(l), last) <= 0);
                    start = seen + 1;
                }

                var fresh = new string[lines.Length - start];
                Array.Copy(lines, start, fresh, 0, fresh.Length);
                WriteLines(fresh, Timestamps);
                if (lines.Length > 0)
                {
                    last = StampOf(lines[lines.Length - 1]);
                }

                Sleep(TimeSpan.FromSeconds(PollSec));
            }
        }

        private ApiRequest Request(int? lines, bool timestamps) =>
            new ApiRequest(OwnerOperation(OwnedOperations.GetOwnerLogsByUuid), OwnerUuid)
                .AddQuery("sub_service_name", SubService)
                .AddQuery("lines", lines)
                .AddQuery("show_timestamps", timestamps ? true : (bool?)null);

        private static string[] Lines(ApiResponse response)
        {
            string text = ReadField(response, "logs") ?? string.Empty;
            var lines = text.Replace("\r\n", "\n").Split('\n');
            return lines.Length > 0 && lines[lines.Length - 1].Length == 0 ? lines.Take(lines.Length - 1).ToArray() : lines;
        }

        /// <summary>Docker's RFC 3339 stamp at the start of a line; they sort as text.</summary>
        private static string StampOf(string line)
        {
            int space = line.IndexOf(' ');
            return space > 0 ? line.Substring(0, space) : line;
        }

        private void WriteLines(string[] lines, bool keepStamps)
        {
            foreach (string line in lines)
            {
                int space = line.IndexOf(' ');
                WriteObject(keepStamps || !Follow || space < 0 ? line : line.Substring(space + 1));
            }
        }
    }
}
