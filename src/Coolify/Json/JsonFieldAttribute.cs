using System;

namespace Coolify.Json
{
    /// <summary>Names the JSON field of a property when it is not the snake_case of the property name.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class JsonFieldAttribute : Attribute
    {
        internal JsonFieldAttribute(string name)
        {
            Name = name;
        }

        internal string Name { get; }
    }

    /// <summary>The property is filled by the module (e.g. the parent resource's id), never from JSON.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class NotFromJsonAttribute : Attribute
    {
    }
}
