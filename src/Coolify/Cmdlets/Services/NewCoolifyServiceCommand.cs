using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    // What New-CoolifyService adds to its generated part: -Url as Coolify's list of {name, url}, and the new service
    // read back.
    public sealed partial class NewCoolifyServiceCommand
    {
        internal override void ShapeBody(JsonBody body)
        {
            if (body.Has("urls"))
            {
                body.Replace("urls", BodyValues.Urls(Url));
            }
        }

        internal override bool HandleAnswer(ApiRequest request, ApiResponse response) =>
            ServiceReadBack.Write(this, ReadField(response, "uuid"), Name);
    }
}
