using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    // What Copy-CoolifyService adds to its generated part: the copy read back whole, as Coolify answers with its id
    // only.
    public sealed partial class CopyCoolifyServiceCommand
    {
        internal override bool HandleAnswer(ApiRequest request, ApiResponse response) =>
            ServiceReadBack.Write(this, ReadField(response, "uuid"), Name);
    }
}
