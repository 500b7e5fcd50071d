using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;
using Coolify.Text;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Changes environment variables of an application, a service or a database: one by key, or many at once.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id).</para>
    /// <para>With -Key and -Value it changes one variable, which Coolify finds by key. With -Variable @{ KEY = 'value'; ... } it sets many in one request, creating the keys that are missing. The flags given (-IsBuildtime, -IsLiteral, ...) apply to each variable sent; flags left out stay as they are.</para>
    /// <para>For an application, Coolify's update treats a flag that is left out as off (-IsLiteral, and -IsMultiline and -IsShownOnce, which it even fails on when they are on). So unless all three are given, the cmdlet first reads the application's variables (one GET) and sends the current -IsLiteral, -IsMultiline and -IsShownOnce of each existing variable along; keys that do not exist yet get Coolify's defaults. Services and databases change only what is sent, so no read is needed there.</para>
    /// <para>-IsBuildtime, -IsRuntime and -IsPreview exist on application variables only: for a service or a database Coolify ignores them, so the cmdlet refuses them (ErrorId CoolifyInvalidArgument) and sends nothing.</para>
    /// <para>Nothing is written unless -PassThru, which writes the variables as Coolify stored them. Changes are used from the next deployment or restart.</para>
    /// </remarks>
    /// <example>Change one variable
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Set-CoolifyEnvironmentVariable -Key NODE_ENV -Value production
    /// </code>
    /// <para>Restart-CoolifyApplication applies it without a build.</para>
    /// </example>
    /// <example>Set several variables in one request
    /// <code>
    /// Set-CoolifyEnvironmentVariable -ServiceUuid k0wcgw4 -Variable @{ N8N_HOST = 'n8n.example.com'; N8N_PROTOCOL = 'https' } -PassThru
    /// </code>
    /// <para>Missing keys are created; -PassThru writes what Coolify stored.</para>
    /// </example>
    /// <example>Mark a variable literal, after a look
    /// <code>
    /// Get-CoolifyDatabase -Name main-db | Set-CoolifyEnvironmentVariable -Key PGTZ -Value 'Europe/Berlin' -IsLiteral $true -WhatIf
    /// </code>
    /// <para>-WhatIf names the variable but never shows its value.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.GetCoolifyEnvironmentVariableCommand"/>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.ImportCoolifyEnvironmentVariableCommand"/>
    [Cmdlet(VerbsCommon.Set, "CoolifyEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyEnvironmentVariable))]
    public sealed class SetCoolifyEnvironmentVariableCommand : EnvironmentVariableFlagsCmdlet
    {
        /// <summary>Name of the variable to change (with -Value).</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Key { get; set; }

        /// <summary>The new value (with -Key); an empty string is allowed.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Value { get; set; }

        /// <summary>Keys and values to set in one request, instead of -Key and -Value; the flags given apply to each.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public IDictionary Variable { get; set; }

        /// <summary>Write the variables as Coolify stored them.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidOwner() || !CheckKeyOrVariable() || !FlagsAllowed(OwnedOperations.UpdateEnvByOwnerUuid))
            {
                return;
            }

            string[] keys = Variable != null
                ? Variable.Keys.Cast<object>().Select(k => System.Convert.ToString(k, CultureInfo.InvariantCulture)).ToArray()
                : new[] { Key };
            string action = Variable != null ? "Set environment variables " + string.Join(", ", keys) : "Set environment variable " + Key;
            if (!ShouldProcess(OwnerLabel, action) || !TryReadCurrent(out var current))
            {
                return;
            }

            ApiRequest request;
            if (Variable != null)
            {
                var data = Variable.Cast<DictionaryEntry>()
                    .Select(e => AddFlags(
                        new JsonBody()
                            .Add("key", System.Convert.ToString(e.Key, CultureInfo.InvariantCulture))
                            .Add("value", System.Convert.ToString(PowerShellValues.Unwrap(e.Value), CultureInfo.InvariantCulture) ?? string.Empty),
                        Find(current, System.Convert.ToString(e.Key, CultureInfo.InvariantCulture))))
                    .ToList();
                request = new ApiRequest(OwnerOperation(OwnedOperations.UpdateEnvsByOwnerUuid), OwnerUuid).WithBody(new JsonBody().Add("data", data));
            }
            else
            {
                request = new ApiRequest(OwnerOperation(OwnedOperations.UpdateEnvByOwnerUuid), OwnerUuid)
                    .WithBody(AddFlags(new JsonBody().Add("key", Key).Add("value", Value ?? string.Empty), Find(current, Key)));
                request.Target = Key;
            }

            Queue(request, response =>
            {
                if (!PassThru)
                {
                    return;
                }

                foreach (var variable in ReadArray<CoolifyEnvironmentVariable>(request, response))
                {
                    SetOwner(variable);
                    WriteResource(variable);
                }
            });
        }

        /// <summary>
        /// For an application whose update would reset flags left out, the current variables (preview or
        /// regular, as -IsPreview picks), by key; null when nothing needs carrying. False (error written) when
        /// they could not be read, so nothing is sent that could switch flags off.
        /// </summary>
        private bool TryReadCurrent(out Dictionary<string, CoolifyEnvironmentVariable> current)
        {
            current = null;
            if (ParameterSetName != ApplicationSet || (IsLiteral.HasValue && IsMultiline.HasValue && IsShownOnce.HasValue))
            {
                return true;
            }

            var list = new ApiRequest(OwnerOperation(OwnedOperations.ListEnvsByOwnerUuid), OwnerUuid) { Target = OwnerUuid };
            try
            {
                current = EnvironmentVariableRules.Current(EnvironmentFile.ReadListed(list, Send(list)), IsPreview == true);
                return true;
            }
            catch (CoolifyException ex)
            {
                ReportError(ex, OwnerUuid);
                return false;
            }
        }

        private static CoolifyEnvironmentVariable Find(Dictionary<string, CoolifyEnvironmentVariable> current, string key) =>
            current != null && current.TryGetValue(EnvironmentVariableRules.NormalizeKey(key), out var variable) ? variable : null;

        private bool CheckKeyOrVariable()
        {
            bool single = Key != null && MyInvocation.BoundParameters.ContainsKey(nameof(Value));
            if (single != (Variable == null))
            {
                WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                    "Give either -Key and -Value, or -Variable, but not both.")
                {
                    RecommendedAction = "Set-CoolifyEnvironmentVariable -Key API_URL -Value https://example.com, or -Variable @{ API_URL = 'https://example.com' }.",
                }.ToErrorRecord(Key));
                return false;
            }

            return true;
        }
    }
}
