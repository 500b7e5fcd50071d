using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text.Json;

namespace Coolify.Http
{
    /// <summary>
    /// A JSON object built from what the user gave. Null values are left out: Coolify rejects unknown
    /// fields and treats a present null as a value, so a body never carries a field nobody set.
    /// </summary>
    internal sealed class JsonBody
    {
        private readonly List<KeyValuePair<string, object>> _fields = new List<KeyValuePair<string, object>>();

        internal int Count => _fields.Count;

        internal JsonBody Add(string name, object value)
        {
            if (value is PSObject pso)
            {
                value = pso.BaseObject;
            }

            if (value != null)
            {
                _fields.Add(new KeyValuePair<string, object>(name, value));
            }

            return this;
        }

        internal bool Has(string name) => _fields.Exists(f => string.Equals(f.Key, name, StringComparison.Ordinal));

        /// <summary>Puts a field's value in place of the one it has (where it stands), or adds it; a null value removes the field.</summary>
        internal JsonBody Replace(string name, object value)
        {
            int at = _fields.FindIndex(f => string.Equals(f.Key, name, StringComparison.Ordinal));
            if (at < 0)
            {
                return Add(name, value);
            }

            value = value is PSObject pso ? pso.BaseObject : value;
            if (value == null)
            {
                _fields.RemoveAt(at);
            }
            else
            {
                _fields[at] = new KeyValuePair<string, object>(name, value);
            }

            return this;
        }

        internal byte[] ToUtf8() => Serialize(this);

        /// <summary>Any value the module sends (a JsonBody, dictionary, list, PSCustomObject or scalar) as UTF-8 JSON.</summary>
        internal static byte[] Serialize(object value)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    WriteValue(writer, value);
                }

                return stream.ToArray();
            }
        }

        internal static void WriteValue(Utf8JsonWriter writer, object value)
        {
            if (value is PSObject pso)
            {
                if (pso.BaseObject is PSCustomObject)
                {
                    writer.WriteStartObject();
                    foreach (var property in pso.Properties)
                    {
                        writer.WritePropertyName(property.Name);
                        WriteValue(writer, property.Value);
                    }

                    writer.WriteEndObject();
                    return;
                }

                value = pso.BaseObject;
            }

            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string s:
                    writer.WriteStringValue(s);
                    break;
                case bool b:
                    writer.WriteBooleanValue(b);
                    break;
                case SwitchParameter sw:
                    writer.WriteBooleanValue(sw.IsPresent);
                    break;
                case int i:
                    writer.WriteNumberValue(i);
                    break;
                case long l:
                    writer.WriteNumberValue(l);
                    break;
                case double d:
                    writer.WriteNumberValue(d);
                    break;
                case float f:
                    writer.WriteNumberValue(f);
                    break;
                case decimal m:
                    writer.WriteNumberValue(m);
                    break;
                case JsonBody nested:
                    writer.WriteStartObject();
                    foreach (var field in nested._fields)
                    {
                        writer.WritePropertyName(field.Key);
                        WriteValue(writer, field.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case IDictionary dict:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dict)
                    {
                        if (entry.Value != null)
                        {
                            writer.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture));
                            WriteValue(writer, entry.Value);
                        }
                    }

                    writer.WriteEndObject();
                    break;
                case IEnumerable list:
                    writer.WriteStartArray();
                    foreach (object item in list)
                    {
                        WriteValue(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }
    }
}
