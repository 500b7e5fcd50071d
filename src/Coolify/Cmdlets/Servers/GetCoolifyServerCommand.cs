namespace Coolify.Cmdlets.Servers
{
    // What Get-CoolifyServer adds to its generated part: -IncludeResources:$false sends nothing.
    public sealed partial class GetCoolifyServerCommand
    {
        /// <summary>
        /// Coolify turns the resources on for any non-empty value of resources= but "0", "false" included
        /// (ServersController.php:151, :161 at 379abb25), so the flag goes on the wire only when the switch is on.
        /// </summary>
        internal override bool CheckInput()
        {
            if (MyInvocation.BoundParameters.ContainsKey(nameof(IncludeResources)) && !IncludeResources.IsPresent)
            {
                MyInvocation.BoundParameters.Remove(nameof(IncludeResources));
            }

            return true;
        }
    }
}
