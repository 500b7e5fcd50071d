namespace Coolify.Http
{
    /// <summary>
    /// The stable ErrorIds the module writes. Scripts match on them (FullyQualifiedErrorId starts with
    /// one of these), so they never change once released; add new ones instead.
    /// </summary>
    internal static class CoolifyErrorId
    {
        internal const string NotConnected = "CoolifyNotConnected";
        internal const string InvalidUrl = "CoolifyInvalidUrl";
        internal const string UnencryptedAuthentication = "CoolifyUnencryptedAuthentication";
        internal const string MissingToken = "CoolifyMissingToken";
        internal const string InvalidId = "CoolifyInvalidId";
        internal const string InvalidArgument = "CoolifyInvalidArgument";
        internal const string ConnectionNotFound = "CoolifyConnectionNotFound";
        internal const string CliConfigNotFound = "CoolifyCliConfigNotFound";
        internal const string CliConfigInvalid = "CoolifyCliConfigInvalid";
        internal const string ContextNotFound = "CoolifyContextNotFound";

        // .env files (Export-/Import-CoolifyEnvironmentVariable).
        internal const string InvalidEnvFile = "CoolifyInvalidEnvFile";
        internal const string EnvFileNotFound = "CoolifyEnvFileNotFound";
        internal const string EnvFileExists = "CoolifyEnvFileExists";
        internal const string EnvFileAccess = "CoolifyEnvFileAccess";
        internal const string ValuesHidden = "CoolifyValuesHidden";

        internal const string Unauthenticated = "CoolifyUnauthenticated";
        internal const string InvalidToken = "CoolifyInvalidToken";
        internal const string PermissionDenied = "CoolifyPermissionDenied";
        internal const string ApiDisabled = "CoolifyApiDisabled";
        internal const string IpNotAllowed = "CoolifyIpNotAllowed";
        internal const string ResourceNotFound = "CoolifyResourceNotFound";
        internal const string RouteNotFound = "CoolifyRouteNotFound";
        internal const string BadRequest = "CoolifyBadRequest";
        internal const string MethodNotAllowed = "CoolifyMethodNotAllowed";
        internal const string Conflict = "CoolifyConflict";
        internal const string ValidationFailed = "CoolifyValidationFailed";
        internal const string RateLimited = "CoolifyRateLimited";
        internal const string ServerError = "CoolifyServerError";
        internal const string ServerUnavailable = "CoolifyServerUnavailable";
        internal const string NotSupported = "CoolifyNotSupported";
        internal const string UnexpectedStatus = "CoolifyUnexpectedStatus";
        internal const string UnexpectedResponse = "CoolifyUnexpectedResponse";
        internal const string Redirected = "CoolifyRedirected";

        internal const string ConnectionFailed = "CoolifyConnectionFailed";
        internal const string CertificateError = "CoolifyCertificateError";
        internal const string Timeout = "CoolifyTimeout";
        internal const string DeploymentFailed = "CoolifyDeploymentFailed";
        internal const string DeploymentCancelled = "CoolifyDeploymentCancelled";
        internal const string WaitTimeout = "CoolifyWaitTimeout";
        internal const string NotRunning = "CoolifyNotRunning";
        internal const string LogHidden = "CoolifyLogHidden";
        internal const string ReadNeeded = "CoolifyReadPermissionNeeded";

        // A URL of an application (Test-CoolifyApplicationUrl, -WaitForUrl) that never answered 2xx or 3xx in time.
        internal const string UrlNotReady = "CoolifyUrlNotReady";

        // A check (Test-CoolifyS3Storage, Test-CoolifyCloudToken) that Coolify ran and that failed.
        internal const string CheckFailed = "CoolifyCheckFailed";

        // Backup-CoolifyDatabase -Wait: the backup ran and failed.
        internal const string BackupFailed = "CoolifyBackupFailed";

        // A command Invoke-CoolifyCommand ran in a container that failed (the error carries its output).
        internal const string CommandFailed = "CoolifyCommandFailed";
    }
}
