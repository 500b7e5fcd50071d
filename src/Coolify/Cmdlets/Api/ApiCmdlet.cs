using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.Json;
using Coolify.Http;
using Coolify.Json;

namespace Coolify.Cmdlets.Api
{
    /// <summary>
    /// Base of the declarative cmdlets: their parameters say where each value goes (path, query or
    /// body, see ApiPathAttribute and friends), and this class builds the request, confirms state
    /// changes, sends it through the shared pipeline and writes the typed answer. Only parameters the
    /// user gave are sent, so a Set- cmdlet changes exactly what was asked.
    /// </summary>
    /// <typeparam name="T">The output type; CoolifyActionResult for actions that answer with a message.</typeparam>
    public abstract partial class ApiCmdlet<T> : CoolifyCmdlet
        where T : CoolifyObject, new()
    {
        /// <summary>The operation the parameter set in use calls.</summary>
        internal abstract string OperationId { get; }

        /// <summary>The resource in words, e.g. "cloud token", for confirmations and errors.</summary>
        internal abstract string Noun { get; }

        /// <summary>The change in words, e.g. "Delete cloud token", as -WhatIf and -Confirm show it.</summary>
        internal abstract string Action { get; }

        /// <summary>Field of an object answer that holds the list, e.g. "deployments" of {count, deployments}.</summary>
        internal virtual string ResultField => null;

        /// <summary>True for cmdlets whose -Force skips the confirmation prompt.</summary>
        internal virtual bool SkipConfirmation => false;

        protected override void ProcessItem()
        {
            var operation = ApiOperations.Get(OperationId);
            var parameters = ApiBinding.For(GetType(), ParameterSetName);
            if (!CheckInput() || !TryResolvePath(operation, parameters, out var pathValues, out int fanOut))
            {
                return;
            }

            var bound = MyInvocation.BoundParameters;
            if (!CheckQueryFlags(parameters) || !CheckBodyIds(parameters))
            {
                return;
            }

            // Plain loops over the parameters here and below: this runs for every call of every generated cmdlet.
            JsonBody body = null;
            foreach (var parameter in parameters)
            {
                if (parameter.Body == null || !bound.ContainsKey(parameter.Name))
                {
                    continue;
                }

                body = body ?? new JsonBody();
                if (parameter.Body == "*" && parameter.Property.GetValue(this) is System.Collections.IDictionary fields)
                {
                    // Routes whose fields the document does not list take them as the user names them,
                    // checked against what the server accepts there.
                    if (!CheckPropertyNames(operation, fields))
                    {
                        return;
                    }

                    foreach (System.Collections.DictionaryEntry field in fields)
                    {
                        body.Add(Convert.ToString(field.Key, CultureInfo.InvariantCulture), ApiValues.ForBody(field.Value, false));
                    }
                }
                else
                {
                    body.Add(parameter.Body, ApiValues.ForBody(parameter.Property.GetValue(this), parameter.Base64));
                }
            }

            if (body != null || parameters.Any(p => p.Body != null))
            {
                body = body ?? new JsonBody();
                ShapeBody(body);
                body = body.Count == 0 ? null : body;
            }

            if (body == null && IsUpdate(operation) && parameters.Any(p => p.Body != null))
            {
                // The whole command is wrong, not one piped item, as with the hand-written Set- cmdlets.
                ThrowTerminatingError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument, "Nothing to change: no field was given.")
                {
                    RecommendedAction = "Give at least one of -" + string.Join(", -", parameters.Where(p => p.Body != null).Select(p => p.Name).Take(8)) + ".",
                }.ToErrorRecord(null));
            }

            // Flags the server turns on when they are absent go with their default, so it is on the wire.
            foreach (var parameter in parameters)
            {
                if (parameter.BodyAlwaysSent && !bound.ContainsKey(parameter.Name))
                {
                    body = body ?? new JsonBody();
                    if (!body.Has(parameter.Body))
                    {
                        body.Add(parameter.Body, parameter.BodyDefault);
                    }
                }
            }

            var ids = fanOut >= 0 ? pathValues[fanOut] : new string[] { null };
            foreach (string id in ids)
            {
                if (fanOut >= 0 && !IsValidId(id, PathParameter(parameters, operation, fanOut)))
                {
                    continue;
                }

                var values = new string[pathValues.Length];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = i == fanOut ? id : pathValues[i][0];
                }

                var request = new ApiRequest(operation, values);
                var flags = AddQuery(request, parameters);

                if (body != null)
                {
                    request.WithBody(body);
                }

                string target = Describe(values, body);
                request.Target = values.Length > 0 ? values[values.Length - 1] : target;
                if (!operation.IsRead && !ShouldProcess(target, ActionWith(parameters, flags), SkipConfirmation))
                {
                    continue;
                }

                Queue(request, response => Handle(operation, request, response, parameters));
            }
        }

        /// <summary>Refuses -Property keys the server does not accept on this route, before anything is sent.</summary>
        private bool CheckPropertyNames(ApiOperation operation, System.Collections.IDictionary fields)
        {
            var rules = ServerRules.For(operation.OperationId);
            var unknown = fields.Keys.Cast<object>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture))
                .Where(k => rules?.Fields != null && !rules.Allows(k)).ToArray();
            if (unknown.Length == 0)
            {
                return true;
            }

            ThrowTerminatingError(new CoolifyException(CoolifyErrorId.InvalidArgument, ErrorCategory.InvalidArgument,
                "Coolify does not take " + string.Join(", ", unknown) + " on " + operation.Method + " " + operation.PathTemplate + ".")
            {
                RecommendedAction = "Use the server's field names: " + string.Join(", ", rules.Fields) + ".",
            }.ToErrorRecord(null));
            return false;
        }

        /// <summary>Checks the ids a body carries (project_uuid, server_uuid, ...) as path ids are checked, before anything is sent.</summary>
        private bool CheckBodyIds(ApiParameter[] parameters)
        {
            var bound = MyInvocation.BoundParameters;
            foreach (var parameter in parameters)
            {
                if (parameter.Body == null || !parameter.Body.EndsWith("_uuid", StringComparison.Ordinal) || !bound.ContainsKey(parameter.Name))
                {
                    continue;
                }

                if (parameter.Property.GetValue(this) is string id && !IsValidId(id, parameter.Name))
                {
                    return false;
                }
            }

            return true;
        }

        private bool TryResolvePath(ApiOperation operation, ApiParameter[] parameters, out string[][] values, out int fanOut)
        {
            var names = operation.Placeholders;
            values = new string[names.Count][];
            fanOut = -1;
            for (int i = 0; i < names.Count; i++)
            {
                var parameter = parameters.FirstOrDefault(p => string.Equals(p.Path, names[i], StringComparison.Ordinal))
                    ?? throw new InvalidOperationException(GetType().Name + " has no parameter for {" + names[i] + "} in set " + ParameterSetName + ".");
                object raw = parameter.Property.GetValue(this);
                switch (raw)
                {
                    case string[] many:
                        values[i] = many.Length == 0 ? new string[] { null } : many;
                        fanOut = i;
                        break;
                    case string one:
                        if (!IsValidId(one, parameter.Name))
                        {
                            return false;
                        }

                        values[i] = new[] { one };
                        break;
                    case null:
                        IsValidId(null, parameter.Name);
                        return false;
                    default:
                        values[i] = new[] { Convert.ToString(raw, CultureInfo.InvariantCulture) };
                        break;
                }
            }

            return true;
        }

        private void Handle(ApiOperation operation, ApiRequest request, ApiResponse response, ApiParameter[] parameters)
        {
            if (HandleAnswer(request, response))
            {
                return;
            }

            if (string.Equals(operation.Method, "DELETE", StringComparison.Ordinal))
            {
                ReportDeleted(response, Action + " " + request.Target + ": done.");
                return;
            }

            if (typeof(T) == typeof(CoolifyActionResult))
            {
                var result = CoolifyActionResult.From(response, request.Target as string, Noun, Action);
                WriteResource(result);
                if (result.Valid == false)
                {
                    // Checks answer 200 with {valid:false}: the result says so, and so does an error a script can catch.
                    WriteError(new CoolifyException(CoolifyErrorId.CheckFailed, ErrorCategory.InvalidResult,
                        Action + " " + request.Target + ": the check failed (Coolify: \"" + (result.Message ?? "not valid") + "\").")
                    {
                        RecommendedAction = "Fix what Coolify reports (credentials, endpoint, bucket), then run " + MyInvocation.MyCommand.Name + " again.",
                    }.ToErrorRecord(request.Target));
                }

                return;
            }

            if (!response.LooksLikeJson)
            {
                if (!string.IsNullOrEmpty(response.Text))
                {
                    WriteObject(response.Text);
                }
                else if (operation.IsRead && response.ContentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    // JSON that is empty was cut short on the way: the parser reports it as CoolifyUnexpectedResponse.
                    // (An empty answer without a content type is no answer at all, as from a route that has none.)
                    response.ParseJson(request).Dispose();
                }

                return;
            }

            if (string.Equals(operation.Method, "POST", StringComparison.Ordinal) && MyInvocation.MyCommand.Name.StartsWith("New-", StringComparison.Ordinal)
                && ReadField(response, "uuid") == null && ReadField(response, "message") is string said)
            {
                // Coolify creates the resource but answers without its id when it skips the queued deployment.
                WriteWarning("Coolify answered \"" + said + "\" without the new " + Noun + "'s id; it may still have been created. Find it with Get-"
                    + MyInvocation.MyCommand.Name.Split('-')[1] + (MyInvocation.BoundParameters.TryGetValue("Name", out object name) ? " -Name '" + name + "'." : "."));
                return;
            }

            var filterParameter = parameters.FirstOrDefault(p => p.IsNameFilter);
            var filter = new NameFilter(filterParameter?.Property.GetValue(this) as string[]);
            void Write(T item)
            {
                Complete(item, parameters, operation);
                CompleteItem(item);
                if (filter.IsMatch(NameOf(item)))
                {
                    WriteResource(item);
                }
            }

            // Lists are written as they are read; other shapes are parsed whole.
            if (!response.ForEachArrayItem(request, element => Write(JsonMapper.Map<T>(element))))
            {
                using (var document = response.ParseJson(request))
                {
                    var root = document.RootElement;
                    if (ResultField != null && root.ValueKind == JsonValueKind.Object && root.TryGetProperty(ResultField, out var inner))
                    {
                        root = inner;
                    }

                    foreach (var item in JsonMapper.MapArray<T>(root))
                    {
                        Write(item);
                    }
                }
            }

            WriteUnmatched(filter, Noun);
        }

        /// <summary>
        /// Fills what the answer leaves out: the parent ids from the path (as properties named after the
        /// parent only, so the object pipes on to exactly one parameter set) and, for creates, what the user sent.
        /// </summary>
        private void Complete(T item, ApiParameter[] parameters, ApiOperation operation)
        {
            var bound = MyInvocation.BoundParameters;
            if (item.Uuid == null && IsUpdate(operation))
            {
                // Some updates answer only {message}: the object still names what was changed.
                item.Uuid = parameters.Where(p => p.IsOwnId).Select(p => p.Property.GetValue(this)).OfType<string[]>().SelectMany(v => v).FirstOrDefault()
                    ?? parameters.Where(p => p.IsOwnId).Select(p => p.Property.GetValue(this)).OfType<string>().FirstOrDefault();
            }

            foreach (var parameter in parameters)
            {
                bool fromPath = parameter.Path != null && !parameter.IsOwnId;
                bool fromBody = parameter.Body != null && parameter.Body != "*" && !parameter.Base64 && string.Equals(operation.Method, "POST", StringComparison.Ordinal);
                if ((!fromPath && !fromBody) || !bound.ContainsKey(parameter.Name))
                {
                    continue;
                }

                object value = parameter.Property.GetValue(this);
                if (value is PSObject pso)
                {
                    value = pso.BaseObject;
                }

                var target = typeof(T).GetProperty(parameter.Name, BindingFlags.Public | BindingFlags.Instance);
                if (target == null)
                {
                    if (fromPath && value != null)
                    {
                        item.AddExtra(parameter.Name, value);
                    }
                }
                else if (target.GetSetMethod(nonPublic: true) != null && target.GetValue(item) == null
                    && value != null && target.PropertyType.IsAssignableFrom(value.GetType()))
                {
                    target.SetValue(item, value);
                }
            }
        }

        private string Describe(string[] values, JsonBody body)
        {
            string name = MyInvocation.BoundParameters.TryGetValue("Name", out object n) && n is string s ? s : null;
            if (values.Length > 0)
            {
                // An environment is named by its name: "environment staging", not "environment staging (staging)".
                string id = values[values.Length - 1];
                return Noun + " " + id + (name != null && name != id ? " (" + name + ")" : string.Empty);
            }

            // Without an id or a name (the instance's API switch), the instance is what changes.
            return name != null ? Noun + " " + name : Noun + " on " + ActiveConnection.Url;
        }

        private static bool IsUpdate(ApiOperation operation) =>
            operation.Method == "PATCH" || operation.Method == "PUT";

        private static string PathParameter(ApiParameter[] parameters, ApiOperation operation, int index) =>
            parameters.First(p => p.Path == operation.Placeholders[index]).Name;

        private static string NameOf(CoolifyObject item) =>
            item.GetType().GetProperty("Name")?.GetValue(item) as string ?? item.GetExtra("Name") as string;
    }
}
