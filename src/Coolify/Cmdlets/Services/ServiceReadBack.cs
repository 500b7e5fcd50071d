using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    /// <summary>
    /// Writes a service that Coolify has just created, cloned or changed. Coolify answers those with the id
    /// (and domains) only, so the service is read back whole by its id; a token that cannot read gets what the
    /// answer said.
    /// </summary>
    internal static class ServiceReadBack
    {
        /// <summary>Writes the service; false, with nothing written, when the answer names none.</summary>
        internal static bool Write(CoolifyCmdlet cmdlet, string uuid, string name)
        {
            if (uuid == null)
            {
                return false;
            }

            if (!cmdlet.ActiveConnection.CanRead)
            {
                cmdlet.WriteResource(new CoolifyService { Uuid = uuid, Name = name });
                return true;
            }

            var read = new ApiRequest(ApiOperations.Get(OperationIds.GetServiceByUuid), uuid);
            cmdlet.Run(read, answer => cmdlet.WriteResource(CoolifyCmdlet.ReadObject<CoolifyService>(read, answer)));
            return true;
        }
    }
}
