namespace Coolify.Cmdlets.Projects
{
    // What Get-CoolifyProject adds to its generated part: a project's environments know their project.
    public sealed partial class GetCoolifyProjectCommand
    {
        /// <summary>Gives each environment of a project got by id its project's id, so it pipes on to the environment cmdlets.</summary>
        internal override void CompleteItem(CoolifyProject item)
        {
            foreach (var environment in item.Environments ?? System.Array.Empty<CoolifyEnvironment>())
            {
                environment.ProjectUuid = item.Uuid;
            }
        }
    }
}
