using System;
using System.Management.Automation;

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
            object value = inputData is PSObject pso ? pso.BaseObject : inputData;
            switch (value)
            {
                case null:
                    return null;
                case CoolifyConnection connection:
                    return connection;
                case string name:
                    return CoolifySession.Find(name) ?? throw new ArgumentTransformationMetadataException(UnknownName(name));
                default:
                    return inputData;
            }
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
