using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Adds an environment variable to an application, a service or a database.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). A key that exists already is an error: Set-CoolifyEnvironmentVariable changes it.</para>
    /// <para>The flags (-IsBuildtime, -IsRuntime, -IsLiteral, -IsMultiline, -IsShownOnce, -IsPreview) are sent only when given, so Coolify's defaults apply otherwise. -IsBuildtime, -IsRuntime and -IsPreview exist on application variables only: for a service or a database Coolify ignores them, so the cmdlet refuses them (ErrorId CoolifyInvalidArgument) and sends nothing. The variable is used from the next deployment or restart. It writes the new variable.</para>
    /// </remarks>
    /// <example>Add a variable to an application
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | New-CoolifyEnvironmentVariable -Key FEATURE_FLAGS -Value 'search,beta-ui'
    /// </code>
    /// <para>Restart or deploy the application to use it.</para>
    /// </example>
    /// <example>Add a build-time only variable that is never shown again
    /// <code>
    /// New-CoolifyEnvironmentVariable -ApplicationUuid app1apibackend0000000000 -Key NPM_TOKEN -Value $npmToken -IsBuildtime $true -IsRuntime $false -IsShownOnce $true
    /// </code>
    /// <para>The flags take $true or $false.</para>
    /// </example>
    /// <example>Add variables from a CSV file to a service
    /// <code>
    /// Import-Csv ./vars.csv | New-CoolifyEnvironmentVariable -ServiceUuid k0wcgw4 -WhatIf
    /// </code>
    /// <para>Rows with Key and Value columns bind by property name. Import-CoolifyEnvironmentVariable does the same for .env files, in one request.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.SetCoolifyEnvironmentVariableCommand"/>
    /// <seealso cref="Coolify.Cmdlets.EnvironmentVariables.ImportCoolifyEnvironmentVariableCommand"/>
    [Cmdlet(VerbsCommon.New, "CoolifyEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(CoolifyEnvironmentVariable))]
    public sealed class NewCoolifyEnvironmentVariableCommand : EnvironmentVariableFlagsCmdlet
    {
        /// <summary>Name of the variable, e.g. DATABASE_URL.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Key { get; set; }

        /// <summary>The value; an empty string is allowed.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Value { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidOwner() || !FlagsAllowed(OwnedOperations.CreateEnvByOwnerUuid) || !ShouldProcess(OwnerLabel, "Add environment variable " + Key))
            {
                return;
            }

            var body = AddFlags(new JsonBody().Add("key", Key).Add("value", Value ?? string.Empty));
            var request = new ApiRequest(OwnerOperation(OwnedOperations.CreateEnvByOwnerUuid), OwnerUuid).WithBody(body);
            request.Target = Key;
            Queue(request, response =>
            {
                // Coolify answers with the new id only; the rest is what was sent.
                var variable = new CoolifyEnvironmentVariable { Uuid = ReadField(response, "uuid"), Key = Key, Value = Value };
                CopyFlags(variable);
                SetOwner(variable);
                WriteResource(variable);
            });
        }
    }
}
