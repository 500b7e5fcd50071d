using System.Management.Automation;

namespace Coolify.Cmdlets
{
    /// <summary>
    /// The owned-resource cmdlets that send one request per piped item through the queue: up to
    /// -ThrottleLimit at once, output in input order. Get-CoolifyLog and the .env file cmdlets, which take
    /// several steps or write a file per item, derive from OwnedResourceCmdlet and have no -ThrottleLimit.
    /// </summary>
    public abstract class QueuedOwnedResourceCmdlet : OwnedResourceCmdlet
    {
        /// <summary>How many requests to send at once for piped applications, services or databases (default 8). Output keeps the input order.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = ResourceActionCmdlet.DefaultThrottleLimit;

        internal override int Concurrency => ThrottleLimit;
    }
}
