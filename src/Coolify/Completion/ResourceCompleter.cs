using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Coolify.Connection;

namespace Coolify.Completion
{
    /// <summary>
    /// Completes ids (-Uuid, -ServiceApplicationUuid, …) and -Name filters from the live server: names
    /// are shown, ids inserted. The list comes from the connection given with -Connection, else the
    /// default one, and is cached for a minute. Tab never waits more than 1.5 s and never fails: a slow,
    /// unreachable or refusing server completes nothing.
    /// </summary>
    public sealed class ResourceCompleter : IArgumentCompleter
    {
        internal static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(1500);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var connections = ConnectionsOf(fakeBoundParameters).Where(c => !c.IsClosed).ToArray();
                var request = connections.Length == 0 ? null : ListSource.For(commandName, fakeBoundParameters);
                if (request == null)
                {
                    return Array.Empty<CompletionResult>();
                }

                string typed = CompletionText.Unquote(wordToComplete);
                bool names = string.Equals(parameterName, "Name", StringComparison.OrdinalIgnoreCase);
                if (connections.Length == 1)
                {
                    var items = ResourceListCache.Get(connections[0], request, Wait);
                    return items == null ? Array.Empty<CompletionResult>() : names ? Names(items, typed) : Ids(items, typed, null);
                }

                // Several instances: each asked at once, each id listed with the instance it is on.
                var lists = connections.Select(c => System.Threading.Tasks.Task.Run(() => ResourceListCache.Get(c, request, Wait))).ToArray();
                var results = new List<CompletionResult>();
                for (int i = 0; i < connections.Length; i++)
                {
                    var items = lists[i].GetAwaiter().GetResult();
                    if (items != null)
                    {
                        results.AddRange(names ? Names(items, typed) : Ids(items, typed, connections[i].Name));
                    }
                }

                return names ? results.GroupBy(r => r.CompletionText, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToArray() : results.ToArray();
            }
#pragma warning disable CA1031 // Tab completion must never surface an error in the shell; nothing to complete is the answer.
            catch (Exception)
#pragma warning restore CA1031
            {
                return Array.Empty<CompletionResult>();
            }
        }

        private static CompletionResult[] Ids(IEnumerable<ResourceItem> items, string typed, string connectionName)
        {
            var match = Matcher(typed);
            string on = connectionName == null ? string.Empty : " @ " + connectionName;
            return items
                .Where(i => !string.IsNullOrEmpty(i.Id) && (match(i.Id) || (i.Name != null && match(i.Name))))
                .OrderBy(i => i.Name ?? i.Id, StringComparer.OrdinalIgnoreCase)
                .Select(i => new CompletionResult(CompletionText.Quote(i.Id),
                    (string.IsNullOrEmpty(i.Name) ? i.Id : i.Name + " (" + Short(i.Id) + ")") + on,
                    CompletionResultType.ParameterValue,
                    (string.IsNullOrEmpty(i.Name) ? string.Empty : i.Name + ": ") + i.Id + (string.IsNullOrEmpty(i.Status) ? string.Empty : ", " + i.Status)
                        + (connectionName == null ? string.Empty : ", on " + connectionName)))
                .ToArray();
        }

        private static CompletionResult[] Names(IEnumerable<ResourceItem> items, string typed)
        {
            var match = Matcher(typed);
            return items
                .Where(i => !string.IsNullOrEmpty(i.Name) && match(i.Name))
                .GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CompletionResult(CompletionText.Quote(g.Key), g.Key, CompletionResultType.ParameterValue,
                    g.Key + ": " + string.Join(", ", g.Select(i => i.Id).Where(id => id != null))))
                .ToArray();
        }

        /// <summary>A prefix, or a wildcard pattern when the user typed one (-Name 'web*').</summary>
        private static Func<string, bool> Matcher(string typed)
        {
            if (WildcardPattern.ContainsWildcardCharacters(typed))
            {
                var pattern = WildcardPattern.Get(typed, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
                return pattern.IsMatch;
            }

            return text => text.StartsWith(typed, StringComparison.OrdinalIgnoreCase);
        }

        private static string Short(string id) => id.Length > 8 ? id.Substring(0, 7) + "…" : id;

        /// <summary>-Connection as typed (an object, or a name, which fake binding gives as text), else the default.</summary>
        private static CoolifyConnection[] ConnectionsOf(IDictionary fakeBoundParameters)
        {
            object given = fakeBoundParameters != null && fakeBoundParameters.Contains("Connection") ? fakeBoundParameters["Connection"] : null;
            if (given == null)
            {
                return CoolifySession.Default == null ? Array.Empty<CoolifyConnection>() : new[] { CoolifySession.Default };
            }

            return ConnectionTransformationAttribute.Resolve(given);
        }
    }
}
