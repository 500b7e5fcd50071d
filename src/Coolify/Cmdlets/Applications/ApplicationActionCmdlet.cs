using Coolify.Http;
using Coolify.Waiting;

namespace Coolify.Cmdlets.Applications
{
    /// <summary>What Start/Stop/Restart-CoolifyApplication share: -Wait follows the deployment an action queued.</summary>
    public abstract class ApplicationActionCmdlet : ResourceActionCmdlet
    {
        internal override string ResourceType => "Application";

        /// <summary>-WaitForUrl and -Url of Start- and Restart-CoolifyApplication: checked before anything is sent, and they imply -Wait.</summary>
        internal void BeginUrlCheck(bool waitForUrl, System.Uri[] urls)
        {
            UrlTarget.CheckUrls(this, urls);
            if (waitForUrl || urls != null)
            {
                Wait = true;
            }
        }

        /// <summary>With -WaitForUrl, the deployment's target followed by the check of the application's URLs.</summary>
        internal WaitTarget WithUrlCheck(WaitTarget deployment, bool waitForUrl, System.Uri[] urls) => UrlTarget.After(deployment, waitForUrl, urls, Timeout);

        /// <summary>
        /// The deployment to follow. Coolify gives none when the same commit is already queued
        /// ("Deployment already queued for this commit."); then the application's newest deployment is followed.
        /// </summary>
        internal WaitTarget DeploymentOf(CoolifyActionResult result)
        {
            string deployment = result.DeploymentUuid;
            if (deployment == null)
            {
                var request = new ApiRequest(ApiOperations.Get(OperationIds.ListDeploymentsByAppUuid), result.Uuid).AddQuery("take", 1);
                using (var document = Send(request).ParseJson(request))
                {
                    var root = document.RootElement;
                    if (root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("deployments", out var list))
                    {
                        root = list;
                    }

                    var newest = Json.JsonMapper.MapArray<CoolifyDeployment>(root);
                    deployment = newest.Length > 0 ? newest[0].DeploymentUuid : null;
                }
            }

            return deployment != null
                ? new DeploymentTarget(result, deployment, result.Uuid, ActiveConnection)
                : (WaitTarget)StatusOf(result, "running", restart: false);
        }
    }
}
