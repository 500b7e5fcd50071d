using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Coolify.Cmdlets
{
    /// <summary>
    /// The values of a cmdlet's parameters at one moment. An answer to a queued request is handled
    /// while later pipeline items are already bound, so the handler runs with the values of the item
    /// it belongs to put back for its duration (its -Name filter, its parent ids, its own properties).
    /// </summary>
    internal sealed class ParameterState
    {
        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Parameters = new ConcurrentDictionary<Type, PropertyInfo[]>();

        private readonly object[] _values;
        private readonly KeyValuePair<string, object>[] _bound;

        private ParameterState(object[] values, KeyValuePair<string, object>[] bound)
        {
            _values = values;
            _bound = bound;
        }

        internal static ParameterState Capture(PSCmdlet cmdlet)
        {
            var properties = PropertiesOf(cmdlet.GetType());
            var values = new object[properties.Length];
            for (int i = 0; i < properties.Length; i++)
            {
                values[i] = properties[i].GetValue(cmdlet);
            }

            return new ParameterState(values, cmdlet.MyInvocation.BoundParameters.ToArray());
        }

        /// <summary>Runs <paramref name="action"/> with these values in place, then puts the current ones back.</summary>
        internal void While(PSCmdlet cmdlet, Action action)
        {
            var now = Capture(cmdlet);
            Apply(cmdlet);
            try
            {
                action();
            }
            finally
            {
                now.Apply(cmdlet);
            }
        }

        private void Apply(PSCmdlet cmdlet)
        {
            var properties = PropertiesOf(cmdlet.GetType());
            for (int i = 0; i < properties.Length; i++)
            {
                properties[i].SetValue(cmdlet, _values[i]);
            }

            var bound = cmdlet.MyInvocation.BoundParameters;
            bound.Clear();
            foreach (var pair in _bound)
            {
                bound[pair.Key] = pair.Value;
            }
        }

        private static PropertyInfo[] PropertiesOf(Type type) =>
            Parameters.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.CanWrite && p.IsDefined(typeof(ParameterAttribute), true)).ToArray());
    }
}
