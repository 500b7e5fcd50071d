using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Coolify
{
    /// <summary>Base of every object the module emits for a Coolify resource.</summary>
    public abstract class CoolifyObject
    {
        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Nested = new ConcurrentDictionary<Type, PropertyInfo[]>();
        private List<KeyValuePair<string, object>> _extra;

        /// <summary>Coolify's id of the resource: letters and digits, not a GUID.</summary>
        public string Uuid { get; internal set; }

        /// <summary>
        /// The name of the connection the object came from. A cmdlet the object is piped to talks to
        /// that connection (unless given -Connection), not to the default one.
        /// </summary>
        [Json.NotFromJson]
        public string ConnectionName { get; internal set; }

        /// <summary>Marks the object, and the resources it holds (a service's applications, a project's environments), with its connection.</summary>
        internal void SetConnectionName(string name)
        {
            if (name == null || ConnectionName == name)
            {
                return;
            }

            ConnectionName = name;
            foreach (var property in Nested.GetOrAdd(GetType(), FindNested))
            {
                switch (property.GetValue(this))
                {
                    case CoolifyObject one:
                        one.SetConnectionName(name);
                        break;
                    case IEnumerable<CoolifyObject> many:
                        foreach (var item in many)
                        {
                            item?.SetConnectionName(name);
                        }

                        break;
                }
            }
        }

        /// <summary>A field the type does not declare, by its PascalCase name; null when the server did not send it.</summary>
        internal object GetExtra(string name) =>
            _extra?.Find(f => string.Equals(f.Key, name, System.StringComparison.OrdinalIgnoreCase)).Value;

        internal void AddExtra(string name, object value)
        {
            (_extra ?? (_extra = new List<KeyValuePair<string, object>>())).Add(new KeyValuePair<string, object>(name, value));
        }

        /// <summary>
        /// The object as written to the pipeline: the typed object, plus a note property for every
        /// field the server sent that the type does not declare (newer Coolify releases add fields).
        /// </summary>
        internal object ToPipelineObject()
        {
            if (_extra == null)
            {
                return this;
            }

            var pso = PSObject.AsPSObject(this);
            foreach (var field in _extra)
            {
                if (pso.Properties[field.Key] == null)
                {
                    pso.Properties.Add(new PSNoteProperty(field.Key, field.Value));
                }
            }

            return pso;
        }

        private static PropertyInfo[] FindNested(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0
                    && (typeof(CoolifyObject).IsAssignableFrom(p.PropertyType) || typeof(IEnumerable<CoolifyObject>).IsAssignableFrom(p.PropertyType)))
                .ToArray();
    }
}
