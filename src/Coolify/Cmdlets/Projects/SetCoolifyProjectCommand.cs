using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Projects
{
    // What Set-CoolifyProject adds to its generated part: -PassThru.
    public sealed partial class SetCoolifyProjectCommand
    {
        /// <summary>Write each project as Coolify stored it; without it nothing is written.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Coolify answers the change with the project's id, name and description, which the generic writer writes with -PassThru.</summary>
        internal override bool HandleAnswer(ApiRequest request, ApiResponse response) => !PassThru;
    }
}
