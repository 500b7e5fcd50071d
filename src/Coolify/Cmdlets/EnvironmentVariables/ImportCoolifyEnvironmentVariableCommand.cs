using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Makes the environment variables of an application, a service or a database match a .env file.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). The whole file is read first: a line that cannot be read is an error with its line number (never its value), and nothing is sent. The file may use quotes, escapes, export prefixes, comments and multi-line values.</para>
    /// <para>Keys that are new are added and values that differ are changed, in one bulk request; with -Prune the variables whose keys are not in the file are deleted afterwards (only when the bulk request succeeded). -IsBuildtime, -IsRuntime and -IsLiteral apply to the keys sent; -IsBuildtime and -IsRuntime exist on application variables only, and are refused (nothing sent) for a service or a database. Changed variables keep their current literal, multiline and shown-once flags. Preview-deployment variables are left alone.</para>
    /// <para>-WhatIf prints one line per key (Add API_URL, Change NODE_ENV, Remove OLD_KEY) and never a value. The result (a CoolifyEnvironmentImportResult) lists the keys Added, Changed, Removed and Unchanged.</para>
    /// </remarks>
    /// <example>Check what an import would change
    /// <code>
    /// Get-CoolifyApplication -Name api-backend | Import-CoolifyEnvironmentVariable -Path ./api.env -Prune -WhatIf
    /// </code>
    /// <para>One line per key that would be added, changed or removed; values are never shown.</para>
    /// </example>
    /// <example>Import a file and delete what it does not have
    /// <code>
    /// Get-CoolifyApplication -Name api-backend | Import-CoolifyEnvironmentVariable -Path ./api.env -Prune
    /// </code>
    /// <para>Writes which keys were added, changed, removed and left as they were.</para>
    /// </example>
    /// <example>Round trip: export, edit, import
    /// <code>
    /// Get-CoolifyService -Name n8n | Export-CoolifyEnvironmentVariable -Path ./n8n.env -Force
    /// # edit ./n8n.env
    /// Get-CoolifyService -Name n8n | Import-CoolifyEnvironmentVariable -Path ./n8n.env
    /// </code>
    /// <para>Export needs read:sensitive to see the values.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.ExportCoolifyEnvironmentVariableCommand"/>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.SetCoolifyEnvironmentVariableCommand"/>
    [Cmdlet(VerbsData.Import, "CoolifyEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyEnvironmentImportResult))]
    public sealed class ImportCoolifyEnvironmentVariableCommand : OwnedResourceCmdlet
    {
        private string _path;
        private List<(string Key, string Value, int LineNumber)> _entries;

        /// <summary>The .env file to read.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        /// <summary>Delete the variables whose keys are not in the file.</summary>
        [Parameter]
        public SwitchParameter Prune { get; set; }

        /// <summary>Make the added and changed variables build-time variables (or not); left as they are when omitted. Application variables only: refused for a service or a database.</summary>
        [Parameter]
        public bool? IsBuildtime { get; set; }

        /// <summary>Make the added and changed variables runtime variables (or not); left as they are when omitted. Application variables only: refused for a service or a database.</summary>
        [Parameter]
        public bool? IsRuntime { get; set; }

        /// <summary>Make the added and changed variables literal (Coolify does not expand $OTHER in them), or not.</summary>
        [Parameter]
        public bool? IsLiteral { get; set; }

        /// <summary>The file is read once, before any request, so a bad file stops the command with nothing sent.</summary>
        protected override void BeginProcessing()
        {
            try
            {
                _path = EnvironmentFile.Resolve(this, Path);
                _entries = EnvironmentFile.Read(_path);
            }
            catch (CoolifyException ex)
            {
                ThrowTerminatingError(ex.ToErrorRecord(Path));
            }
        }

        protected override void ProcessItem()
        {
            if (!IsValidOwner() || !EnvironmentVariableRules.FlagsAllowed(this, OwnedOperations.UpdateEnvByOwnerUuid,
                ("IsBuildtime", "is_buildtime", IsBuildtime), ("IsRuntime", "is_runtime", IsRuntime), ("IsLiteral", "is_literal", IsLiteral)))
            {
                return;
            }

            var list = new ApiRequest(OwnerOperation(OwnedOperations.ListEnvsByOwnerUuid), OwnerUuid);
            Dictionary<string, ListedVariable> current;
            try
            {
                current = new Dictionary<string, ListedVariable>(StringComparer.Ordinal);
                foreach (var listed in EnvironmentFile.ReadListed(list, Send(list)).Where(v => v.Variable.IsPreview != true))
                {
                    if (!current.ContainsKey(listed.Key))
                    {
                        current.Add(listed.Key, listed);
                    }
                }
            }
            catch (CoolifyException ex)
            {
                ReportError(ex, OwnerUuid);
                return;
            }

            var result = Compare(current);
            if (result.Added.Length + result.Changed.Length + result.Removed.Length == 0)
            {
                WriteVerbose("Nothing to change: the " + OwnerLabel + " already has the " + _entries.Count + " variables of " + _path + ".");
                WriteResult(result);
                return;
            }

            if (result.CurrentValuesHidden)
            {
                WriteVerbose("Coolify did not send the current values of " + OwnerLabel + " (the token lacks read:sensitive, or they are shown-once), so "
                    + "every key of the file that exists already is sent as changed.");
            }

            string hiddenNote = result.CurrentValuesHidden ? " (current value hidden, sent as changed)" : string.Empty;
            var added = result.Added.Where(key => ShouldProcess(OwnerLabel, "Add " + key)).ToArray();
            var changed = result.Changed.Where(key => ShouldProcess(OwnerLabel, "Change " + key + (current[key].Hidden ? hiddenNote : string.Empty))).ToArray();
            var removals = result.Removed.Where(key => ShouldProcess(OwnerLabel, "Remove " + key)).ToArray();
            if (added.Length + changed.Length > 0 && !SendUpserts(added.Concat(changed), current))
            {
                return;
            }

            result.Added = added;
            result.Changed = changed;
            result.Removed = removals.Where(key => Delete(current[key])).ToArray();
            WriteResult(result);
        }

        /// <summary>The diff between the file and the current variables, before confirmation.</summary>
        private CoolifyEnvironmentImportResult Compare(Dictionary<string, ListedVariable> current)
        {
            var added = new List<string>();
            var changed = new List<string>();
            var unchanged = new List<string>();
            foreach (var entry in _entries)
            {
                if (!current.TryGetValue(entry.Key, out var listed))
                {
                    added.Add(entry.Key);
                }
                else if (listed.Hidden || !string.Equals(listed.Variable.Value ?? string.Empty, entry.Value, StringComparison.Ordinal) || FlagsDiffer(listed.Variable))
                {
                    changed.Add(entry.Key);
                }
                else
                {
                    unchanged.Add(entry.Key);
                }
            }

            var inFile = new HashSet<string>(_entries.Select(e => e.Key), StringComparer.Ordinal);
            return new CoolifyEnvironmentImportResult
            {
                ResourceType = ParameterSetName,
                ResourceUuid = OwnerUuid,
                Path = _path,
                Added = added.ToArray(),
                Changed = changed.ToArray(),
                Unchanged = unchanged.ToArray(),
                Removed = Prune ? current.Keys.Where(key => !inFile.Contains(key)).ToArray() : Array.Empty<string>(),
                CurrentValuesHidden = _entries.Any(e => current.TryGetValue(e.Key, out var listed) && listed.Hidden),
            };
        }

        private bool FlagsDiffer(CoolifyEnvironmentVariable variable) =>
            (IsBuildtime.HasValue && IsBuildtime != variable.IsBuildtime)
            || (IsRuntime.HasValue && IsRuntime != variable.IsRuntime)
            || (IsLiteral.HasValue && IsLiteral != variable.IsLiteral);

        /// <summary>One bulk request for every added and changed key, in file order; false (error written) when it failed, so nothing is deleted.</summary>
        private bool SendUpserts(IEnumerable<string> keys, Dictionary<string, ListedVariable> current)
        {
            var send = new HashSet<string>(keys, StringComparer.Ordinal);
            var data = new List<JsonBody>();
            foreach (var (key, value, _) in _entries.Where(e => send.Contains(e.Key)))
            {
                current.TryGetValue(key, out var listed);
                var existing = listed?.Variable;

                // Coolify's application bulk update resets is_literal, is_multiline and is_shown_once when an
                // item leaves them out, so a changed variable carries its current flags.
                var item = new JsonBody()
                    .Add("key", key)
                    .Add("value", value)
                    .Add("is_buildtime", IsBuildtime)
                    .Add("is_runtime", IsRuntime);
                data.Add(EnvironmentVariableRules.CarryFlags(item, existing, IsLiteral, value.IndexOf('\n') >= 0 ? true : (bool?)null, null));
            }

            var request = new ApiRequest(OwnerOperation(OwnedOperations.UpdateEnvsByOwnerUuid), OwnerUuid).WithBody(new JsonBody().Add("data", data));
            try
            {
                Send(request);
                return true;
            }
            catch (CoolifyException ex)
            {
                ReportError(ex, OwnerUuid);
                return false;
            }
        }

        private bool Delete(ListedVariable listed)
        {
            var request = new ApiRequest(OwnerOperation(OwnedOperations.DeleteEnvByOwnerUuid), OwnerUuid, listed.Variable.Uuid) { Target = listed.Key };
            try
            {
                Send(request);
                return true;
            }
            catch (CoolifyException ex)
            {
                ReportError(ex, listed.Key);
                return false;
            }
        }

        // Under -WhatIf nothing was done, so there is nothing to report; the what-if lines are the report.
        private void WriteResult(CoolifyEnvironmentImportResult result)
        {
            if (!WhatIfActive())
            {
                WriteObject(result);
            }
        }
    }
}
