using System.Collections.Generic;
using System.Management.Automation;

namespace Coolify
{
    /// <summary>Base of every object the module emits for a Coolify resource.</summary>
    public abstract class CoolifyObject
    {
        private List<KeyValuePair<string, object>> _extra;

        /// <summary>Coolify's id of the resource: letters and digits, not a GUID.</summary>
        public string Uuid { get; internal set; }

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
    }
}
