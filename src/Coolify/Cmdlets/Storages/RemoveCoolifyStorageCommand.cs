using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Storages
{
    /// <summary>Deletes a storage of an application, a service or a database; a persistent volume's data is lost.</summary>
    /// <remarks>
    /// <para>It works on an application, a service or a database: give -ApplicationUuid, -ServiceUuid or -DatabaseUuid, or pipe the resource in (an application, service or database object binds its own id). Piped storages (Get-CoolifyStorage) bind the owner and -Uuid. Deleting asks for confirmation (ConfirmImpact High); -Force or -Confirm:$false skips the question, and -WhatIf shows what would be deleted.</para>
    /// </remarks>
    /// <example>See which storages would be deleted
    /// <code>
    /// Get-CoolifyApplication -Name web-frontend | Get-CoolifyStorage | Where-Object Name -like 'tmp-*' | Remove-CoolifyStorage -WhatIf
    /// </code>
    /// <para>Nothing is sent.</para>
    /// </example>
    /// <example>Delete a storage by id
    /// <code>
    /// Remove-CoolifyStorage -ApplicationUuid app1apibackend0000000000 -Uuid stg0apiuploads0000000000 -Force
    /// </code>
    /// <para>The volume's data is gone for good.</para>
    /// </example>
    /// <seealso cref="Coolify.Cmdlets.Storages.GetCoolifyStorageCommand"/>
    [Cmdlet(VerbsCommon.Remove, "CoolifyStorage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ServiceSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveCoolifyStorageCommand : QueuedOwnedResourceCmdlet
    {
        /// <summary>Id of the storage; a piped storage binds it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("StorageUuid")]
        [AllowNull]
        [AllowEmptyString]
        public string Uuid { get; set; }

        /// <summary>Deletes without asking for confirmation (as -Confirm:$false does).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessItem()
        {
            if (!IsValidOwner() || !IsValidId(Uuid, "Uuid")
                || !ShouldProcess("storage " + Uuid + " of " + OwnerLabel, "Delete storage", Force))
            {
                return;
            }

            var request = new ApiRequest(OwnerOperation(OwnedOperations.DeleteStorageByOwnerUuid), OwnerUuid, Uuid);
            Queue(request, response => ReportDeleted(response, "storage " + Uuid + " deleted."));
        }
    }
}
