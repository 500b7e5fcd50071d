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
        internal ApiQueryAttribute(string name)
        {
            Name = name;
        }

        internal string Name { get; }
    }

    /// <summary>The parameter is sent, when the user gave it, as this field of the JSON body.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class ApiBodyAttribute : Attribute
    {
        internal ApiBodyAttribute(string name, bool base64 = false)
        {
            Name = name;
            Base64 = base64;
        }

        internal string Name { get; }

        /// <summary>Coolify wants this text base64-encoded; users give it as plain text.</summary>
        internal bool Base64 { get; }
    }

    /// <summary>The parameter filters a list answer by name, with wildcards; the server has no such filter.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class NameFilterAttribute : Attribute
    {
    }
}
