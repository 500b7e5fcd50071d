using System;

namespace Coolify.Cmdlets.Api
{
    /// <summary>The parameter fills the {placeholder} of the operation's path.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class ApiPathAttribute : Attribute
    {
        internal ApiPathAttribute(string name, bool own = false)
        {
            Name = name;
            Own = own;
        }

        internal string Name { get; }

        /// <summary>The id of the resource the cmdlet acts on, as opposed to the id of its parent.</summary>
        internal bool Own { get; }
    }

    /// <summary>The parameter is sent, when the user gave it, as this query-string field.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class ApiQueryAttribute : Attribute
    {
        /// <param name="name">The query-string field.</param>
        /// <param name="alwaysSent">
        /// True for a boolean flag that the server turns on when it is absent: it is always sent, as the
        /// server's default unless the switch says otherwise.
        /// </param>
        /// <param name="serverDefault">The server's value when the flag is absent.</param>
        /// <param name="invert">The switch means the opposite of the flag (-KeepVolumes sends delete_volumes=false).</param>
        /// <param name="effect">What the flag, when on, adds to the change, in words for -WhatIf and -Confirm ("its volumes").</param>
        internal ApiQueryAttribute(string name, bool alwaysSent = false, bool serverDefault = false, bool invert = false, string effect = null)
        {
            Name = name;
            AlwaysSent = alwaysSent;
            ServerDefault = serverDefault;
            Invert = invert;
            Effect = effect;
        }

        internal string Name { get; }

        internal bool AlwaysSent { get; }

        internal bool ServerDefault { get; }

        internal bool Invert { get; }

        internal string Effect { get; }
    }

    /// <summary>The parameter is sent, when the user gave it, as this field of the JSON body.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class ApiBodyAttribute : Attribute
    {
        /// <param name="name">The body field.</param>
        /// <param name="base64">Coolify wants this text base64-encoded.</param>
        /// <param name="alwaysSent">
        /// True for a boolean field that the server turns on when it is absent: it is always sent (in the
        /// parameter sets that have it), as the server's default unless the switch says otherwise.
        /// </param>
        /// <param name="serverDefault">The server's value when the field is absent.</param>
        internal ApiBodyAttribute(string name, bool base64 = false, bool alwaysSent = false, bool serverDefault = false)
        {
            Name = name;
            Base64 = base64;
            AlwaysSent = alwaysSent;
            ServerDefault = serverDefault;
        }

        internal string Name { get; }

        /// <summary>Coolify wants this text base64-encoded; users give it as plain text.</summary>
        internal bool Base64 { get; }

        internal bool AlwaysSent { get; }

        internal bool ServerDefault { get; }
    }

    /// <summary>The parameter filters a list answer by name, with wildcards; the server has no such filter.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class NameFilterAttribute : Attribute
    {
    }
}
