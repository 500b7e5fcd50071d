using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.EnvironmentVariables
{
    /// <summary>Adds an environment variable to an application, service or database. A key that exists already is an error: use Set-CoolifyEnvironmentVariable to change it.</summary>
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

        protected override void ProcessRecord()
        {
            if (!IsValidOwner() || !ShouldProcess(OwnerLabel, "Add environment variable " + Key))
            {
                return;
            }

            var body = AddFlags(new JsonBody().Add("key", Key).Add("value", Value ?? string.Empty));
            var request = new ApiRequest(OwnerOperation("create-env-by-{owner}-uuid"), OwnerUuid).WithBody(body);
            request.Target = Key;
            Run(request, response =>
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
