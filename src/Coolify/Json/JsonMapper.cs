using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Coolify.Json
{
    /// <summary>
    /// Maps Coolify's snake_case JSON onto the module's typed objects. Fields a type does not declare
    /// are kept, PascalCased, so output shows everything the server sent; fields the server left out
    /// (sensitive ones without read:sensitive) stay null. Unexpected shapes never throw.
    /// </summary>
    internal static class JsonMapper
    {
        private static readonly ConcurrentDictionary<Type, Dictionary<string, Field>> Maps =
            new ConcurrentDictionary<Type, Dictionary<string, Field>>();

        internal static T Map<T>(JsonElement element)
            where T : CoolifyObject, new() => (T)Map(typeof(T), element);

        internal static T[] MapArray<T>(JsonElement element)
            where T : CoolifyObject, new()
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                return element.ValueKind == JsonValueKind.Object ? new[] { Map<T>(element) } : Array.Empty<T>();
            }

            var items = new T[element.GetArrayLength()];
            int i = 0;
            foreach (var item in element.EnumerateArray())
            {
                items[i++] = Map<T>(item);
            }

            return items;
        }

        internal static object Map(Type type, JsonElement element)
        {
            var target = (CoolifyObject)Activator.CreateInstance(type);
            if (element.ValueKind != JsonValueKind.Object)
            {
                return target;
            }

            var map = Maps.GetOrAdd(type, BuildMap);
            foreach (var field in element.EnumerateObject())
            {
                if (map.TryGetValue(field.Name, out var property))
                {
                    property.Set(target, Convert(field.Value, property.Type, property.Underlying));
                }
                else
                {
                    target.AddExtra(PascalCase(field.Name), ToPlain(field.Value));
                }
            }

            return target;
        }

        /// <summary>A JSON value as PowerShell shows it best: string, long, double, bool, object[] or a PSCustomObject.</summary>
        internal static object ToPlain(JsonElement value) => ToPlain(value, pascalCase: true);

        /// <summary>As ToPlain; with pascalCase false the field names stay as the server wrote them.</summary>
        internal static object ToPlain(JsonElement value, bool pascalCase)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return value.GetString();
                case JsonValueKind.Number:
                    return value.TryGetInt64(out long l) ? (object)l : value.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.Array:
                    var list = new List<object>();
                    foreach (var item in value.EnumerateArray())
                    {
                        list.Add(ToPlain(item, pascalCase));
                    }

                    return list.ToArray();
                case JsonValueKind.Object:
                    var pso = new PSObject();
                    foreach (var field in value.EnumerateObject())
                    {
                        pso.Properties.Add(new PSNoteProperty(pascalCase ? PascalCase(field.Name) : field.Name, ToPlain(field.Value, pascalCase)));
                    }

                    return pso;
                default:
                    return null;
            }
        }

        internal static string PascalCase(string name)
        {
            var sb = new StringBuilder(name.Length);
            bool upper = true;
            foreach (char c in name)
            {
                if (c == '_' || c == '-' || c == ' ' || c == '.')
                {
                    upper = true;
                    continue;
                }

                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return sb.ToString();
        }

        internal static string SnakeCase(string name)
        {
            var sb = new StringBuilder(name.Length + 8);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (char.IsUpper(c) && i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }

            return sb.ToString();
        }

        private static Dictionary<string, Field> BuildMap(Type type)
        {
            var map = new Dictionary<string, Field>(StringComparer.Ordinal);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetSetMethod(nonPublic: true) == null)
                {
                    continue;
                }

                if (property.GetCustomAttribute<NotFromJsonAttribute>() != null)
                {
                    continue;
                }

                var attribute = property.GetCustomAttribute<JsonFieldAttribute>();

                map[attribute?.Name ?? SnakeCase(property.Name)] = new Field(property);
            }

            return map;
        }

        /// <summary>
        /// A settable property with what mapping needs worked out once per type, not once per value:
        /// lists of thousands of objects spend most of their time here.
        /// </summary>
        private sealed class Field
        {
            private readonly Action<object, object> _set;

            internal Field(PropertyInfo property)
            {
                Type = property.PropertyType;
                Underlying = Nullable.GetUnderlyingType(Type) ?? Type;
                _set = CompileSetter(property) ?? property.SetValue;
            }

            internal Type Type { get; }

            internal Type Underlying { get; }

            internal void Set(object target, object value) => _set(target, value);

            private static Action<object, object> CompileSetter(PropertyInfo property)
            {
                try
                {
                    var target = System.Linq.Expressions.Expression.Parameter(typeof(object), "target");
                    var value = System.Linq.Expressions.Expression.Parameter(typeof(object), "value");
                    var assign = System.Linq.Expressions.Expression.Assign(
                        System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(target, property.DeclaringType), property),
                        System.Linq.Expressions.Expression.Convert(value, property.PropertyType));
                    return System.Linq.Expressions.Expression.Lambda<Action<object, object>>(assign, target, value).Compile();
                }
#pragma warning disable CA1031 // A host that cannot compile expressions falls back to reflection, which always works.
                catch (Exception)
#pragma warning restore CA1031
                {
                    return null;
                }
            }
        }

        private static object Convert(JsonElement value, Type type, Type underlying)
        {
            if (value.ValueKind == JsonValueKind.Null || value.ValueKind == JsonValueKind.Undefined)
            {
                return type.IsValueType && underlying == type ? Activator.CreateInstance(type) : null;
            }

            if (underlying == typeof(string))
            {
                return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            }

            if (underlying == typeof(bool))
            {
                return ToBool(value);
            }

            if (underlying == typeof(long) || underlying == typeof(int) || underlying == typeof(double))
            {
                return ToNumber(value, underlying);
            }

            if (underlying == typeof(DateTime))
            {
                return ToDate(value);
            }

            if (underlying == typeof(string[]))
            {
                if (value.ValueKind != JsonValueKind.Array)
                {
                    return new[] { value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() };
                }

                var list = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    list.Add(item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText());
                }

                return list.ToArray();
            }

            if (underlying.IsArray && typeof(CoolifyObject).IsAssignableFrom(underlying.GetElementType()))
            {
                var elementType = underlying.GetElementType();
                var items = new List<object>();
                if (value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in value.EnumerateArray())
                    {
                        items.Add(Map(elementType, item));
                    }
                }

                var array = Array.CreateInstance(elementType, items.Count);
                for (int i = 0; i < items.Count; i++)
                {
                    array.SetValue(items[i], i);
                }

                return array;
            }

            return ToPlain(value);
        }

        private static bool? ToBool(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.Number:
                    return value.TryGetInt64(out long n) ? n != 0 : (bool?)null;
                case JsonValueKind.String:
                    string s = value.GetString();
                    if (bool.TryParse(s, out bool b))
                    {
                        return b;
                    }

                    return s == "1" ? true : s == "0" ? false : (bool?)null;
                default:
                    return null;
            }
        }

        // Coolify's own form (2026-01-01T00:00:00.000000Z) is read straight from the UTF-8 bytes; anything
        // else (Laravel's "2026-01-01 00:00:00", no zone, an offset) goes through the lenient parse as UTC.
        private static DateTime? ToDate(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            if (value.TryGetDateTime(out var utc) && utc.Kind == DateTimeKind.Utc)
            {
                return utc;
            }

            return DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                ? date
                : (DateTime?)null;
        }

        // Coolify has sent numbers as strings before (PR #4379: server port); accept both.
        private static object ToNumber(JsonElement value, Type type)
        {
            if (value.ValueKind == JsonValueKind.Number)
            {
                // Read without a string in between; a value out of range takes the text path, which clamps ints.
                if (type == typeof(double) && value.TryGetDouble(out double number))
                {
                    return number;
                }

                if (type == typeof(long) && value.TryGetInt64(out long whole))
                {
                    return whole;
                }

                if (type == typeof(int) && value.TryGetInt32(out int small))
                {
                    return small;
                }
            }

            string text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
            if (text == null)
            {
                return null;
            }

            if (type == typeof(double))
            {
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? (object)d : null;
            }

            if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l))
            {
                return null;
            }

            return type == typeof(int) ? (object)(int)Math.Max(int.MinValue, Math.Min(int.MaxValue, l)) : l;
        }
    }
}
