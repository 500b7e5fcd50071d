namespace Coolify
{
    /// <summary>A project: a group of environments (production, staging, …) that hold resources.</summary>
    public sealed class CoolifyProject : CoolifyObject
    {
        public string Name { get; internal set; }

        public string Description { get; internal set; }

        /// <summary>The project's environments (filled by Get-CoolifyProject -Uuid).</summary>
        public CoolifyEnvironment[] Environments { get; internal set; }

        /// <summary>The same as Uuid, so a piped project binds -ProjectUuid of the environment and create cmdlets.</summary>
        public string ProjectUuid => Uuid;

        public override string ToString() => Name ?? Uuid;
    }
}
