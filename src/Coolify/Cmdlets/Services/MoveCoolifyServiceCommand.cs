using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    // What Move-CoolifyService adds to its generated part: a migration always says whether the volumes go along.
    public sealed partial class MoveCoolifyServiceCommand
    {
        /// <summary>
        /// Coolify copies the volumes to the new destination unless migrate_volumes is false
        /// (bootstrap/helpers/api.php:304 at 379abb25); without -MigrateVolumes that default is sent, so it is on the wire.
        /// </summary>
        internal override void ShapeBody(JsonBody body)
        {
            if (ParameterSetName == "Destination" && !body.Has("migrate_volumes"))
            {
                body.Add("migrate_volumes", true);
            }
        }
    }
}
