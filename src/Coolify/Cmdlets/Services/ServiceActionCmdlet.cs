namespace Coolify.Cmdlets.Services
{
    /// <summary>What Start/Stop/Restart-CoolifyService share: the resource type on the shared action body.</summary>
    public abstract class ServiceActionCmdlet : ResourceActionCmdlet
    {
        internal override string ResourceType => "Service";
    }
}
