using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using System.Text.RegularExpressions;
using Coolify.Completion;
using Coolify.Connection;
using Coolify.Http;
using Coolify.Text;

namespace Coolify.Cmdlets.Connection
{
    /// <summary>Connects to a Coolify instance and makes the connection the default for every Coolify cmdlet.</summary>
    /// <remarks>
    /// <para>Each connection is registered under a name: -Name, the CLI context's name with -Context, or else the instance's host. -Connection on every cmdlet takes that name; connecting again under a name replaces that connection. -NoDefault keeps the current default.</para>
    /// <para>Connect-Coolify checks the address and the API token once, by asking the instance for its version, and keeps the connection for the rest of the session: every Coolify cmdlet uses it unless you give another with -Connection. A wrong address, a wrong token, a disabled API or an IP allow-list that leaves you out is an error here, not on the first real command.</para>
    /// <para>The token comes from -Token (a SecureString), from -Credential (the password is the token; the user name is ignored), or, when you give neither, from the COOLIFY_TOKEN environment variable, with the address from -Url or COOLIFY_URL. That last form keeps tokens out of scripts in CI jobs and runbooks.</para>
    /// <para>Create the token in the Coolify dashboard under Keys &amp; Tokens &gt; API tokens; it looks like 12|abc..., and the number and the bar are part of it. Its permissions decide what works: read for Get- cmdlets, write for changes, deploy for start, stop, restart and deploy, read:sensitive for passwords, variable values and build logs. A deploy-only token connects with a warning, since it cannot read.</para>
    /// <para>The module refuses to send a token over plain http:// to any host but this machine (ErrorId CoolifyUnencryptedAuthentication): use the instance's https:// address, or add -AllowUnencryptedAuthentication if you accept that the token can be read on the network. -SkipCertificateCheck accepts a self-signed certificate.</para>
    /// <para>Behind a corporate proxy, -Proxy (with -ProxyCredential) sends every request through it; without it the proxy variables HTTPS_PROXY, HTTP_PROXY and NO_PROXY apply, read when you connect, and -NoProxy goes direct. For a private certificate authority, -CertificateAuthority (or COOLIFY_CA_CERT) names its PEM or DER file; certificates this machine trusts stay accepted, and the host name is checked either way. -CertificateThumbprint pins the server's own certificate by SHA-256. A refused certificate's error names its subject, issuer and SHA-256.</para>
    /// <para>In front of an access gateway such as Cloudflare Access, -CloudflareAccessClientId and -CloudflareAccessClientSecret send a service token (a bare Connect-Coolify reads COOLIFY_CF_ACCESS_CLIENT_ID and COOLIFY_CF_ACCESS_CLIENT_SECRET), and -Header sends any other header. Header values and the proxy password are treated as secrets, like the token: no output, error, log or saved connection shows them; Get-CoolifyConnection shows the header names, the proxy's address, the CA file and the pins.</para>
    /// <para>In a repository with a .coolify.json or .coolifyrc file ({"context": "name"}, as the coolify CLI writes it), a bare Connect-Coolify and Connect-Coolify -DefaultContext use that CLI context; the file is looked for in the current folder and its parents, and -Verbose names it.</para>
    /// <para>With -PassThru the connection object is written to the pipeline; keep it to talk to several instances in one session. The token is never shown: not in the object, nor in Verbose, Debug or error output.</para>
    /// </remarks>
    /// <example>Connect interactively
    /// <code>
    /// Connect-Coolify -Url https://coolify.example.com -Token (Read-Host -AsSecureString 'Coolify API token')
    /// </code>
    /// <para>Asks for the token without echoing it, checks it against the instance, and makes the connection the default. Get-CoolifyConnection shows it.</para>
    /// </example>
    /// <example>Connect from the environment in a CI job or runbook
    /// <code>
    /// $env:COOLIFY_URL = 'https://coolify.example.com'   # usually set as secrets of the job
    /// $env:COOLIFY_TOKEN = $secretToken
    /// Connect-Coolify
    /// Get-CoolifyApplication -Name web-frontend | Deploy-CoolifyApplication -Wait -ErrorAction Stop
    /// </code>
    /// <para>With no parameters Connect-Coolify reads COOLIFY_URL and COOLIFY_TOKEN. A failed deployment then fails the job, with the end of the build log in its message.</para>
    /// </example>
    /// <example>Connect with a stored credential
    /// <code>
    /// Connect-Coolify -Url https://coolify.example.com -Credential (Get-Secret -Name CoolifyToken)
    /// </code>
    /// <para>Any PSCredential works: SecretManagement's Get-Secret, Get-Credential, or Get-AutomationPSCredential in Azure Automation. The password is the token.</para>
    /// </example>
    /// <example>Work with two instances
    /// <code>
    /// $prod = Connect-Coolify -Url https://coolify.example.com -Token $prodToken -PassThru
    /// $staging = Connect-Coolify -Url https://staging.example.com:8443 -Token $stagingToken -SkipCertificateCheck -PassThru
    /// Get-CoolifyService -Connection $prod | Where-Object Status -like 'exited*'
    /// Get-CoolifyService -Connection $staging
    /// </code>
    /// <para>The last Connect-Coolify is the default; -Connection picks another one for a single command.</para>
    /// </example>
    /// <example>Connect to an instance served over plain HTTP
    /// <code>
    /// Connect-Coolify -Url http://192.0.2.10:8000 -Token (Read-Host -AsSecureString) -AllowUnencryptedAuthentication
    /// </code>
    /// <para>Coolify's dashboard on port 8000 is plain HTTP. Without -AllowUnencryptedAuthentication the module refuses to send the token there.</para>
    /// </example>
    /// <example>Name connections and use them by name
    /// <code>
    /// Connect-Coolify -Name prod -Url https://coolify.example.com -Token $prodToken
    /// Connect-Coolify -Name staging -Url https://staging.example.com -Token $stagingToken -NoDefault
    /// Get-CoolifyService -Connection staging
    /// Get-CoolifyConnection
    /// </code>
    /// <para>Named connections live for the session; -Connection takes the name (Tab completes it). prod stays the default because of -NoDefault.</para>
    /// </example>
    /// <example>Use the official CLI's contexts
    /// <code>
    /// Connect-Coolify -Context production
    /// </code>
    /// <para>Reads the URL and token of the CLI's context named production from ~/.config/coolify/config.json (%APPDATA%\coolify\config.json on Windows), so both tools share one setup.</para>
    /// </example>
    /// <example>Connect through a corporate proxy to an instance with a private CA
    /// <code>
    /// Connect-Coolify -Url https://coolify.corp.example -Token $token -Proxy http://proxy.corp.example:3128 -ProxyCredential (Get-Credential) -CertificateAuthority ./corp-root-ca.pem
    /// </code>
    /// <para>Every request goes through the proxy; the instance's certificate must chain to the corporate root (or to one this machine trusts).</para>
    /// </example>
    /// <example>Reach an instance behind Cloudflare Access from a runbook
    /// <code>
    /// $env:COOLIFY_URL = 'https://coolify.example.com'
    /// $env:COOLIFY_TOKEN = $secretToken
    /// $env:COOLIFY_CF_ACCESS_CLIENT_ID = $serviceTokenId
    /// $env:COOLIFY_CF_ACCESS_CLIENT_SECRET = $serviceTokenSecret
    /// Connect-Coolify
    /// </code>
    /// <para>Cloudflare Access lets the service token's requests through; without it, its login page answers, which the error names.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Connection.GetCoolifyConnectionCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Connection.DisconnectCoolifyCommand"/>
    /// <seealso cref="Coolify.Cmdlets.Instance.TestCoolifyHealthCommand"/>
    /// <seealso href="https://coolify.io/docs/core/security/credentials/api-tokens">Coolify: API tokens</seealso>
    /// <seealso href="https://coolify.io/docs/api/authorization">Coolify API: authorization</seealso>
    [Cmdlet(VerbsCommunications.Connect, "Coolify", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(CoolifyConnection))]
    public sealed partial class ConnectCoolifyCommand : CoolifyCmdletBase
    {
        private const string TokenSet = "Token";
        private const string CredentialSet = "Credential";
        private const string EnvironmentSet = "Environment";
        private const string ContextSet = "Context";
        private const string DefaultContextSet = "DefaultContext";
        private static readonly Regex VersionText = new Regex(@"^v?\d+(\.\d+)*[0-9A-Za-z.+-]*$", RegexOptions.CultureInvariant);

        // How the connection was chosen, for Get-CoolifyConnection's Source.
        private string _source = "parameters";
        private bool _fromEnvironment;

        /// <summary>Address of the instance, e.g. https://coolify.example.com (…/api/v1 is accepted too).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TokenSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [Parameter(Position = 0, ParameterSetName = EnvironmentSet)]
        [Alias("Uri", "BaseUrl")]
        public string Url { get; set; }

        /// <summary>The API token from Keys &amp; Tokens > API tokens, e.g. (Read-Host -AsSecureString).</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = TokenSet)]
        public SecureString Token { get; set; }

        /// <summary>A credential whose password is the API token (the user name is ignored), e.g. from Get-Secret or Get-AutomationPSCredential.</summary>
        [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
        [Credential]
        public PSCredential Credential { get; set; }

        /// <summary>A context of the official coolify CLI (coolify context list): its URL and token are read from the CLI's config.json.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ContextSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CliContextCompleter))]
        public string Context { get; set; }

        /// <summary>Use the context the coolify CLI uses by default (the one marked default in its config.json).</summary>
        [Parameter(Mandatory = true, ParameterSetName = DefaultContextSet)]
        public SwitchParameter DefaultContext { get; set; }

        /// <summary>The CLI's contexts file; by default COOLIFY_CLI_CONFIG, else ~/.config/coolify/config.json (%APPDATA%\coolify\config.json on Windows).</summary>
        [Parameter(ParameterSetName = ContextSet)]
        [Parameter(ParameterSetName = DefaultContextSet)]
        [ValidateNotNullOrEmpty]
        public string ConfigPath { get; set; }

        /// <summary>
        /// The name to register the connection under, for -Connection &lt;name&gt; and Get-CoolifyConnection.
        /// Default: the context's name with -Context, else the instance's host (e.g. coolify.example.com).
        /// A connection already registered under the name is closed and replaced.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string Name { get; set; }

        /// <summary>Register the connection without making it the default; cmdlets reach it with -Connection &lt;name&gt;.</summary>
        [Parameter]
        public SwitchParameter NoDefault { get; set; }

        /// <summary>Accept any TLS certificate, for instances with a self-signed one.</summary>
        [Parameter]
        public SwitchParameter SkipCertificateCheck { get; set; }

        /// <summary>Allow sending the token over plain http:// to a host other than this machine.</summary>
        [Parameter]
        public SwitchParameter AllowUnencryptedAuthentication { get; set; }

        /// <summary>Seconds to wait for each answer before giving up (default 60).</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 60;

        /// <summary>Write the connection object to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            string url = Url;
            string name = Name;
            string token = ReadToken(ref url, ref name);
            if (name != null && WildcardPattern.ContainsWildcardCharacters(name))
            {
                Fail(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument, "The connection name '" + name + "' has wildcard characters (* ? [ ]).",
                    "Give -Name a name without them; Get-CoolifyConnection -Name takes wildcards, so names must not.", name);
            }

            Uri baseUrl = UrlNormalizer.Normalize(url, out string problem);
            if (baseUrl == null)
            {
                Fail(CoolifyErrorId.InvalidUrl, ErrorCategory.InvalidArgument, problem,
                    "Give the address you open the Coolify dashboard at, e.g. -Url https://coolify.example.com.", url);
            }

            if (baseUrl.Scheme == Uri.UriSchemeHttp && !UrlNormalizer.IsLoopback(baseUrl) && !AllowUnencryptedAuthentication)
            {
                Fail(CoolifyErrorId.UnencryptedAuthentication, ErrorCategory.SecurityError,
                    "Refusing to send the API token to " + baseUrl.Host + " over plain http://, where anyone on the network path can read it.",
                    "Use the instance's https:// address. If Coolify is only served over http (its default dashboard on port 8000 is), and you accept that risk, add -AllowUnencryptedAuthentication.",
                    baseUrl.AbsoluteUri);
            }

            var options = ReadNetworkOptions(_fromEnvironment, _source);
            var connection = new CoolifyConnection(baseUrl, token, TimeSpan.FromSeconds(TimeoutSec), options);
            try
            {
                CheckServer(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            if (SkipCertificateCheck && baseUrl.Scheme == Uri.UriSchemeHttps)
            {
                WriteVerbose("Coolify: TLS certificates of " + baseUrl.Host + " are not checked (-SkipCertificateCheck).");
            }

            if (name != null)
            {
                connection.Name = name;
            }

            CoolifySession.Register(connection, makeDefault: !NoDefault);
            WriteVerbose("Coolify: connected to " + connection.Url
                + (string.IsNullOrEmpty(connection.ServerVersion) ? string.Empty : " (Coolify " + connection.ServerVersion + ")")
                + " as '" + connection.Name + "'" + (connection.IsDefault ? ", the default" : string.Empty) + ".");
            if (PassThru)
            {
                WriteObject(connection);
            }
        }

        private void CheckServer(CoolifyConnection connection)
        {
            ApiResponse response;
            var request = new ApiRequest(ApiOperations.Get(OperationIds.Version)) { Target = connection.Url };
            try
            {
                response = Await(log => connection.Pipeline.SendAsync(request, log, StopToken));
            }
            catch (CoolifyException ex) when (ex.ErrorId == CoolifyErrorId.PermissionDenied
                && ex.ServerMessage != null && ex.ServerMessage.EndsWith(": read", StringComparison.OrdinalIgnoreCase))
            {
                // A deploy-only token is a valid token: the server authenticated it, then refused the read.
                connection.CanRead = false;
                WriteWarning("Connected to " + connection.Url + " with a token that has no 'read' permission (a deploy-only token). "
                    + "Start, stop, restart and deploy work; Get-* cmdlets, waiting for deployments and the server version do not.");
                return;
            }
            catch (CoolifyException ex)
            {
                ThrowTerminatingError(ex.ToErrorRecord(connection.Url));
                return;
            }

            string version = response.Text.Trim().Trim('"');
            if (!VersionText.IsMatch(version))
            {
                Fail(CoolifyErrorId.UnexpectedResponse, ErrorCategory.InvalidResult,
                    connection.Url + " answered /api/v1/version with " + (version.StartsWith("<", StringComparison.Ordinal) ? "an HTML page" : "'" + Shorten(version) + "'")
                        + ", not a Coolify version: it does not look like the Coolify API.",
                    "Give the address of the Coolify instance itself (the one its dashboard is served at).", connection.Url);
            }

            connection.ServerVersion = version.TrimStart('v');
        }

        private string ReadToken(ref string url, ref string name)
        {
            switch (ParameterSetName)
            {
                case TokenSet:
                    return PowerShellValues.Plain(Token);
                case CredentialSet:
                    return Credential.GetNetworkCredential().Password;
                case ContextSet:
                    return ReadContext(ref url, ref name, Context);
                case DefaultContextSet:
                    return ReadContext(ref url, ref name, FindRepoContext());
                default:
                    if (url == null && FindRepoContext() is string chosen)
                    {
                        // A CI job may check out a repository with a context file but bring no CLI config:
                        // then the environment's COOLIFY_URL and COOLIFY_TOKEN still connect it.
                        bool environmentSet = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("COOLIFY_URL"))
                            && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("COOLIFY_TOKEN"));
                        string configPath = CliConfigPath();
                        if (!environmentSet || System.IO.File.Exists(configPath))
                        {
                            return ReadContext(ref url, ref name, chosen);
                        }

                        WriteVerbose("Coolify: there is no CLI config at " + configPath + " for that context; using COOLIFY_URL and COOLIFY_TOKEN.");
                        _contextFile = null;
                    }

                    _source = "environment";
                    _fromEnvironment = true;
                    url = url ?? Environment.GetEnvironmentVariable("COOLIFY_URL");
                    string token = Environment.GetEnvironmentVariable("COOLIFY_TOKEN");
                    if (string.IsNullOrEmpty(url) || string.IsNullOrEmpty(token))
                    {
                        Fail(CoolifyErrorId.MissingToken, ErrorCategory.InvalidArgument,
                            "No connection details: give -Url and -Token (or -Credential), -Context <CLI context>, or set the COOLIFY_URL and COOLIFY_TOKEN environment variables"
                                + (string.IsNullOrEmpty(url) ? string.Empty : " (COOLIFY_TOKEN is not set)") + ".",
                            "Interactively: Connect-Coolify -Url https://coolify.example.com -Token (Read-Host -AsSecureString). In a runbook: set COOLIFY_URL and COOLIFY_TOKEN, then run Connect-Coolify.",
                            null);
                    }

                    return token.Trim();
            }
        }

        /// <summary>
        /// The context a repository's .coolify.json or .coolifyrc names, in the current folder or above; null
        /// when there is none (then the CLI's default context, or the environment, applies).
        /// </summary>
        private string FindRepoContext()
        {
            string file;
            string context;
            try
            {
                file = RepoContextFile.Find(SessionState.Path.CurrentFileSystemLocation.ProviderPath, out context);
            }
            catch (CoolifyException ex)
            {
                ThrowTerminatingError(ex.ToErrorRecord(null));
                return null;
            }

            if (file != null)
            {
                WriteVerbose("Coolify: " + file + " chooses the CLI context '" + context + "'.");
                _contextFile = file;
            }

            return context;
        }

        private string _contextFile;

        /// <summary>The CLI's contexts file: -ConfigPath, else COOLIFY_CLI_CONFIG, else the CLI's own place.</summary>
        private string CliConfigPath() =>
            CliConfigFile.Resolve(ConfigPath == null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(ConfigPath));

        /// <summary>URL and token from the coolify CLI's contexts file (null: its default context); the context's name names the connection unless -Name does.</summary>
        private string ReadContext(ref string url, ref string name, string contextName)
        {
            string path = CliConfigPath();
            CliContext context;
            try
            {
                context = CliConfigFile.Find(CliConfigFile.Read(path), contextName, path);
            }
            catch (CoolifyException ex)
            {
                ThrowTerminatingError(ex.ToErrorRecord(path));
                return null;
            }

            if (string.IsNullOrWhiteSpace(context.Token))
            {
                Fail(CoolifyErrorId.MissingToken, ErrorCategory.InvalidArgument, "The CLI context '" + context.Name + "' in " + path + " has no token.",
                    "Set one with: coolify context set-token " + context.Name + " <token>.", context.Name);
            }

            WriteVerbose("Coolify: using the CLI context '" + context.Name + "' (" + context.Url + ") from " + path + ".");
            _source = (_contextFile != null ? "context file " + _contextFile + ", " : string.Empty) + "CLI context " + context.Name + " (" + path + ")";
            url = context.Url;
            name = name ?? context.Name;
            return context.Token.Trim();
        }

        private void Fail(string errorId, ErrorCategory category, string message, string action, object target) =>
            ThrowTerminatingError(new CoolifyException(errorId, category, message) { RecommendedAction = action }.ToErrorRecord(target));

        private static string Shorten(string text) => text.Length > 60 ? text.Substring(0, 60) + "…" : text;
    }
}
