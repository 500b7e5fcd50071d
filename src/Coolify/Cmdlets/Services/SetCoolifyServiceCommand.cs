using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Services
{
    // What Set-CoolifyService adds to its generated part: -Url as Coolify's list of {name, url}, and -PassThru.
    public sealed partial class SetCoolifyServiceCommand
    {
        /// <summary>Write each service as Coolify stored it, read back after the change; without it nothing is written.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override void ShapeBody(JsonBody body)
        {
            if (body.Has("urls"))
            {
                body.Replace("urls", BodyValues.Urls(Url));
            }
        }

        internal override bool HandleAnswer(ApiRequest request, ApiResponse response) =>
            !PassThru || ServiceReadBack.Write(this, request.Target as string, null);
    }
}
