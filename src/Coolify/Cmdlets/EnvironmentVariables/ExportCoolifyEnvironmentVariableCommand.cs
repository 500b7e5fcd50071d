using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using Coolify.Http;
using Coolify.Text;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Writes the environment variables of an application, a service or a database to a .env file.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). The file is UTF-8 without a byte order mark, with LF line ends, and quotes values where needed, so Import-CoolifyEnvironmentVariable, docker compose and dotenv libraries read it back exactly.</para>
    /// <para>The file holds secrets, and Coolify returns values only to tokens with read:sensitive. A variable whose value did not come back is an error (ErrorId CoolifyValuesHidden) and nothing is written, because a file that silently lacks keys would delete them on a later Import -Prune; -SkipHidden leaves those variables out with a warning instead. An existing file is an error unless -Force. Preview-deployment variables are left out unless -IncludePreview.</para>
    /// </remarks>
    /// <example>Export an application's variables
    /// <code>
    /// Get-CoolifyApplication -Name api-backend | Export-CoolifyEnvironmentVariable -Path ./api.env
    /// </code>
    /// <para>Keep the file out of source control: it holds secrets.</para>
    /// </example>
    /// <example>Export every service's variables, one file each
    /// <code>
    /// New-Item -ItemType Directory -Force ./env | Out-Null
    /// Get-CoolifyService | ForEach-Object { $_ | Export-CoolifyEnvironmentVariable -Path "./env/$($_.Name).env" -Force -PassThru }
    /// </code>
    /// <para>Each service needs its own -Path; -PassThru writes the files written.</para>
    /// </example>
    /// <example>Export what the token may see
    /// <code>
    /// Export-CoolifyEnvironmentVariable -DatabaseUuid db0maindb000000000000000 -Path ./db.env -SkipHidden
    /// </code>
    /// <para>Variables whose values are hidden are left out, with a warning.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.ImportCoolifyEnvironmentVariableCommand"/>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.GetCoolifyEnvironmentVariableCommand"/>
    [Cmdlet(VerbsData.Export, "CoolifyEnvironmentVariable", SupportsShouldProcess = true, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCoolifyEnvironmentVariableCommand : OwnedResourceCmdlet
    {
        private readonly HashSet<string> _written = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The .env file to write.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        /// <summary>Overwrite the file if it exists; without it an existing file is an error.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Leave out, with a warning, variables whose values did not come back, instead of failing.</summary>
        [Parameter]
        public SwitchParameter SkipHidden { get; set; }

        /// <summary>Also write the variables of preview deployments; a preview copy with the regular variable's value is written once.</summary>
        [Parameter]
        public SwitchParameter IncludePreview { get; set; }

        /// <summary>Write the file's FileInfo.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidOwner())
            {
                return;
            }

            string path;
            try
            {
                path = EnvironmentFile.Resolve(this, Path);
                CheckTarget(path);
            }
            catch (CoolifyException ex)
            {
                WriteError(ex.ToErrorRecord(Path));
                return;
            }

            var request = new ApiRequest(OwnerOperation(OwnedOperations.ListEnvsByOwnerUuid), OwnerUuid);
            Run(request, response =>
            {
                var variables = EnvironmentFile.ReadListed(request, response)
                    .Where(v => IncludePreview || v.Variable.IsPreview != true)
                    .ToList();
                if (!CheckHidden(variables))
                {
                    return;
                }

                var entries = Entries(variables.Where(v => !v.Hidden));
                if (entries != null)
                {
                    Write(path, entries);
                }
            });
        }

        private void CheckTarget(string path)
        {
            // Two piped resources with one -Path would leave only the last one's variables in the file.
            if (_written.Contains(path))
            {
                throw new CoolifyException(CoolifyErrorId.EnvFileExists, ErrorCategory.ResourceExists,
                    path + " already holds the variables of another resource of this pipeline; give each resource its own -Path.");
            }

            if (Directory.Exists(path))
            {
                throw new CoolifyException(CoolifyErrorId.EnvFileExists, ErrorCategory.ResourceExists, path + " is a directory; give a file path.");
            }

            if (File.Exists(path) && !Force)
            {
                throw new CoolifyException(CoolifyErrorId.EnvFileExists, ErrorCategory.ResourceExists, path + " exists.")
                {
                    RecommendedAction = "Add -Force to overwrite it, or give another -Path.",
                };
            }
        }

        /// <summary>A file that silently lacks keys would delete them on a later Import -Prune, so hidden values fail unless -SkipHidden.</summary>
        private bool CheckHidden(List<ListedVariable> variables)
        {
            var hidden = variables.Where(v => v.Hidden).ToList();
            if (hidden.Count == 0)
            {
                return true;
            }

            var shownOnce = hidden.Where(v => v.Variable.IsShownOnce == true).Select(v => v.Key).ToList();
            var withheld = hidden.Where(v => v.Variable.IsShownOnce != true).Select(v => v.Key).ToList();
            var why = new StringBuilder();
            if (withheld.Count > 0)
            {
                why.Append("the token lacks read:sensitive, so Coolify did not send the values of ").Append(EnvironmentFile.KeyList(withheld));
            }

            if (shownOnce.Count > 0)
            {
                why.Append(why.Length > 0 ? "; " : string.Empty).Append(EnvironmentFile.KeyList(shownOnce)).Append(" are shown-once, so Coolify never sends their values");
            }

            if (SkipHidden)
            {
                WriteWarning("Left out of " + Path + ": " + why + ". Import-CoolifyEnvironmentVariable -Prune with this file would delete them.");
                return true;
            }

            WriteError(new CoolifyException(CoolifyErrorId.ValuesHidden, ErrorCategory.PermissionDenied,
                "Did not write " + Path + " for the " + OwnerLabel + ": " + why + ".")
            {
                RecommendedAction = "Connect with a token that has read:sensitive (or root), or add -SkipHidden to leave those variables out.",
            }.ToErrorRecord(OwnerUuid));
            return false;
        }

        /// <summary>Key and value pairs in Coolify's order; null (error written) when a key would need two values.</summary>
        private List<(string Key, string Value)> Entries(IEnumerable<ListedVariable> variables)
        {
            var entries = new List<(string Key, string Value)>();
            var conflicts = new List<string>();
            foreach (var group in variables.GroupBy(v => v.Key, StringComparer.Ordinal))
            {
                // Coolify makes a preview copy of each application variable; one with the same value is the same line.
                var values = group.Select(v => v.Variable.Value ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
                if (values.Count > 1)
                {
                    conflicts.Add(group.Key);
                }

                entries.Add((group.Key, values[0]));
            }

            if (conflicts.Count == 0)
            {
                return entries;
            }

            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidData,
                "A .env file holds one value per key, but " + EnvironmentFile.KeyList(conflicts) + " of the " + OwnerLabel
                + " have a different value for preview deployments.")
            {
                RecommendedAction = "Export without -IncludePreview.",
            }.ToErrorRecord(OwnerUuid));
            return null;
        }

        private void Write(string path, List<(string Key, string Value)> entries)
        {
            string text;
            try
            {
                text = DotEnv.Format(entries);
            }
            catch (ArgumentException ex)
            {
                WriteError(new CoolifyException(CoolifyErrorId.InvalidEnvFile, ErrorCategory.InvalidData,
                    "Did not write " + path + ": " + ex.Message).ToErrorRecord(OwnerUuid));
                return;
            }

            string count = entries.Count.ToString(CultureInfo.InvariantCulture);
            if (!ShouldProcess(path, "Write " + count + " environment variables of " + OwnerLabel))
            {
                return;
            }

            try
            {
                File.WriteAllText(path, text, new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
            {
                WriteError(new CoolifyException(CoolifyErrorId.EnvFileAccess, ErrorCategory.WriteError, "Could not write " + path + ": " + ex.Message, ex).ToErrorRecord(path));
                return;
            }

            _written.Add(path);
            WriteVerbose("Wrote " + count + " environment variables of " + OwnerLabel + " to " + path + ".");
            if (PassThru)
            {
                WriteObject(new FileInfo(path));
            }
        }
    }
}
