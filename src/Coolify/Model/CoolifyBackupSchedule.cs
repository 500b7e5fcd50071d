namespace Coolify
{
    /// <summary>The backup schedule of a volume (a storage of an application, service or database).</summary>
    public sealed class CoolifyBackupSchedule : CoolifyObject
    {
        public string StorageUuid { get; internal set; }

        public string StorageType { get; internal set; }

        public string Frequency { get; internal set; }

        public bool? Enabled { get; internal set; }

        public bool? SaveS3 { get; internal set; }

        public bool? DisableLocalBackup { get; internal set; }

        public bool? StopDuringBackup { get; internal set; }

        public string S3StorageUuid { get; internal set; }

        public long? RetentionAmountLocally { get; internal set; }

        public long? RetentionDaysLocally { get; internal set; }

        public double? RetentionMaxStorageLocally { get; internal set; }

        public long? RetentionAmountS3 { get; internal set; }

        public long? RetentionDaysS3 { get; internal set; }

        public double? RetentionMaxStorageS3 { get; internal set; }

        public long? Timeout { get; internal set; }

        public string Message { get; internal set; }
    }
}
