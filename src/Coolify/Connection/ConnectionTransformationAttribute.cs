using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Coolify.Text;

namespace Coolify.Connection
{
    /// <summary>
    /// Lets -Connection take the name of a registered connection as well as the object, so scripts say
    /// -Connection prod instead of keeping the object in a variable.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ConnectionTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var connections = Resolve(inputData);

            // One connection stays one object, so a parameter that takes a single connection binds it too.
            return connections != null && connections.Length == 1 ? connections[0] : (object)connections;
        }

        /// <summary>The connections a -Connection value names, in the order given, each once; throws on a name or pattern that matches none.</summary>
        internal static CoolifyConnection[] Resolve(object inputData)
        {
            object value = PowerShellValues.Unwrap(inputData);
            if (value == null)
            {
                return null;
            }

            var items = value is System.Collections.IEnumerable many && !(value is string) ? many.Cast<object>() : new[] { value };
            var connections = new List<CoolifyConnection>();
            foreach (object item in items)
            {
                foreach (var connection in Expand(PowerShellValues.Unwrap(item)))
                {
                    if (!connections.Contains(connection))
                    {
                        connections.Add(connection);
                    }
                }
            }

            return connections.ToArray();
        }

        // A name, a pattern (every registered connection it matches, in the order they were made) or an object.
        private static CoolifyConnection[] Expand(object item)
        {
            switch (item)
            {
                case null:
                    throw new ArgumentTransformationMetadataException("-Connection was given an empty value.");
                case CoolifyConnection connection:
                    return new[] { connection };
                case string name when WildcardPattern.ContainsWildcardCharacters(name):
                    var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
                    var matched = CoolifySession.All.Where(c => pattern.IsMatch(c.Name)).ToArray();
                    return matched.Length > 0 ? matched : throw new ArgumentTransformationMetadataException(
                        "No Coolify connection matches '" + name + "'. " + Known());
                case string name:
                    return new[] { CoolifySession.Find(name) ?? throw new ArgumentTransformationMetadataException(UnknownName(name)) };
                default:
                    throw new ArgumentTransformationMetadataException(
                        "-Connection takes connection names or the objects Connect-Coolify -PassThru and Get-CoolifyConnection write, not " + item.GetType().Name + ".");
            }
        }

        private static string Known()
        {
            string[] known = CoolifySession.Names;
            return known.Length == 0 ? "There are no connections: run Connect-Coolify first." : "Known names: " + string.Join(", ", known) + ".";
        }

        internal static string UnknownName(string name)
        {
            string[] known = CoolifySession.Names;
            return "No Coolify connection is named '" + name + "'. "
                + (known.Length == 0
                    ? "There are no connections: run Connect-Coolify -Name " + name + " -Url <address> -Token <token> first."
                    : "Known names: " + string.Join(", ", known) + ". Get-CoolifyConnection lists them; Connect-Coolify -Name " + name + " adds one.");
        }
    }
}
