using System;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Logs
{
    /// <summary>Gets the latest container log lines of an application, a database, or one container of a service, one string per line.</summary>
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

        protected override void ProcessRecord()
        {
            if (!IsValidOwner())
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation("get-{owner}-logs-by-uuid"), OwnerUuid)
                .AddQuery("sub_service_name", SubService)
                .AddQuery("lines", Tail)
                .AddQuery("show_timestamps", Timestamps.IsPresent ? true : (bool?)null);
            Run(request, response =>
            {
                string text = ReadField(response, "logs") ?? string.Empty;
                string[] lines = text.Replace("\r\n", "\n").Split('\n');
                int count = lines.Length > 0 && lines[lines.Length - 1].Length == 0 ? lines.Length - 1 : lines.Length;
                for (int i = 0; i < count; i++)
                {
                    WriteObject(lines[i]);
                }
            });
        }
    }
}
