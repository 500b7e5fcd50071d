namespace Coolify
{
    /// <summary>A persistent volume or a file mount of a resource.</summary>
    public sealed class CoolifyStorage : CoolifyObject
    {
        public long? Id { get; internal set; }

        public string Name { get; internal set; }

        /// <summary>persistent or file.</summary>
        [Json.NotFromJson]
        public string Type { get; internal set; }

        public string MountPath { get; internal set; }

        public string HostPath { get; internal set; }

        public string FsPath { get; internal set; }

        public bool? IsDirectory { get; internal set; }

        /// <summary>File content of a file mount; Coolify returns it only with read:sensitive.</summary>
        public string Content { get; internal set; }

        /// <summary>The same as Uuid, for piping a storage to *-CoolifyStorageBackupSchedule and Backup-CoolifyStorage.</summary>
        [Json.NotFromJson]
        public string StorageUuid => Uuid;

        public override string ToString() => Name ?? MountPath;
    }
}
