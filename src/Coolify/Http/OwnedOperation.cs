namespace Coolify.Http
{
    /// <summary>One operation as Coolify offers it for applications, services and databases; null where an owner lacks it.</summary>
    internal sealed class OwnedOperation
    {
        internal OwnedOperation(string forApplication, string forService, string forDatabase)
        {
            ForApplication = forApplication;
            ForService = forService;
            ForDatabase = forDatabase;
        }

        internal string ForApplication { get; }

        internal string ForService { get; }

        internal string ForDatabase { get; }
    }
}
