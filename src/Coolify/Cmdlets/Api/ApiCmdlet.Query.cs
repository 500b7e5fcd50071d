using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Coolify.Http;

namespace Coolify.Cmdlets.Api
{
    /// <summary>The query of a generated cmdlet's request: the fields the user gave, the flags the server would set by itself, and what they do in words.</summary>
    public abstract partial class ApiCmdlet<T>
    {
        /// <summary>
        /// Adds the query fields the user gave, then every flag the server would turn on by itself, as the
        /// server's default, so that default is visible on the wire. Returns the boolean flags as sent.
        /// </summary>
        private Dictionary<string, bool> AddQuery(ApiRequest request, ApiParameter[] parameters)
        {
            var bound = MyInvocation.BoundParameters;
            var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var parameter in parameters)
            {
                if (parameter.Query == null || !bound.ContainsKey(parameter.Name))
                {
                    continue;
                }

                object value = parameter.Property.GetValue(this);
                if (value is SwitchParameter sw)
                {
                    flags[parameter.Query] = sw.IsPresent != parameter.QueryInverted;
                    value = flags[parameter.Query];
                }

                request.AddQuery(parameter.Query, ApiValues.ForQuery(value));
            }

            foreach (var parameter in parameters)
            {
                if (!parameter.QueryAlwaysSent || flags.ContainsKey(parameter.Query))
                {
                    continue;
                }

                flags[parameter.Query] = parameter.QueryDefault;
                request.AddQuery(parameter.Query, ApiValues.ForQuery(parameter.QueryDefault));
            }

            return flags;
        }

        /// <summary>Refuses two switches that set the same flag (-KeepVolumes with the 0.2.0 -DeleteVolumes).</summary>
        private bool CheckQueryFlags(ApiParameter[] parameters)
        {
            var bound = MyInvocation.BoundParameters;
            int boundQueries = 0;
            foreach (var parameter in parameters)
            {
                if (parameter.Query != null && bound.ContainsKey(parameter.Name))
                {
                    boundQueries++;
                }
            }

            // Only a call with two query parameters bound can clash; group them only then.
            var clash = boundQueries > 1 ? parameters.Where(p => p.Query != null && bound.ContainsKey(p.Name)).GroupBy(p => p.Query).FirstOrDefault(g => g.Count() > 1) : null;
            if (clash == null)
            {
                return true;
            }

            var names = clash.Select(p => "-" + p.Name).ToArray();
            WriteError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                string.Join(" and ", names) + " set the same thing (Coolify's " + clash.Key + "); give only one.")
            {
                RecommendedAction = "Leave out " + names[names.Length - 1] + ".",
            }.ToErrorRecord(null));
            return false;
        }

        /// <summary>The change in words with what its flags add: "Delete application with its volumes, then run Docker cleanup".</summary>
        private string ActionWith(ApiParameter[] parameters, Dictionary<string, bool> flags)
        {
            var with = new List<string>();
            var kept = new List<string>();
            bool? cleanup = null;
            foreach (var parameter in parameters.Where(p => p.QueryEffect != null && flags.ContainsKey(p.Query)).GroupBy(p => p.Query).Select(g => g.First()))
            {
                bool on = flags[parameter.Query];
                if (string.Equals(parameter.Query, "docker_cleanup", StringComparison.Ordinal))
                {
                    cleanup = on;
                }
                else
                {
                    (on ? with : kept).Add(parameter.QueryEffect);
                }
            }

            return DeleteOptions.Describe(Action, with, kept, cleanup);
        }
    }
}
