using System;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Coolify.Cmdlets;
using Coolify.Cmdlets.Api;
using Coolify.Connection;
using Coolify.Http;
using Coolify.Json;

namespace Coolify.Hosting
{
    /// <summary>
    /// Runs the code of a first request on a background thread as the module is imported, while PowerShell is
    /// still busy with the rest of the import (its format tables alone take tens of ms): the operation table, the
    /// HttpClient factory, the request pipeline and the JSON reading, through two requests that an in-memory
    /// handler answers (nothing goes to the network, and nothing of them stays: no connection, no secret, no
    /// log). Then it compiles, without running, the shared code of every cmdlet's first call (binding, the
    /// request queue, writing typed results). A runbook's Connect-Coolify and first Get- then pay little more
    /// than their own socket. Failures are ignored: the real call redoes the same work and reports them.
    /// </summary>
    internal static class Warmup
    {
        private const string VersionAnswer = "\"4.0.0\"";
        private const string ListAnswer = "[{\"uuid\":\"warm\",\"name\":\"up\",\"created_at\":\"2026-01-01T00:00:00.000000Z\"}]";

        // The classes behind every generated cmdlet's first call; ApiCmdlet's code is shared by all its output types.
        private static readonly Type[] CmdletPath =
        {
            typeof(CoolifyCmdletBase), typeof(CoolifyCmdlet), typeof(ApiCmdlet<CoolifyService>), typeof(ApiParameter), typeof(ApiBinding),
            typeof(ParameterState), typeof(ConcurrentRequests), typeof(NameFilter), typeof(CoolifySession), typeof(ApiResponse),
        };

        internal static void Start() => Task.Run(() =>
        {
            try
            {
                RunOnce();
            }
#pragma warning disable CA1031 // Warm-up is best effort; the real call reports any failure.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });

        /// <summary>The whole warm-up, on the calling thread; it throws what goes wrong (tests call it).</summary>
        internal static void RunOnce()
        {
            SendCannedRequests();
            foreach (var type in CmdletPath)
            {
                Compile(type);
            }
        }

        private static void SendCannedRequests()
        {
            // In the order a start-up needs them: Connect-Coolify's version request first, then a list.
            var version = new ApiRequest(ApiOperations.Get(OperationIds.Version));
            var list = new ApiRequest(ApiOperations.Get(OperationIds.ListServices));
            using (var owner = HttpClientOwner.Create(ConnectionOptions.Default, () => new CannedAnswers()))
            {
                var pipeline = new CoolifyHttpPipeline(owner.Client, new Uri("http://warmup.invalid/"), "warmup", TimeSpan.FromSeconds(10),
                    certificates: ConnectionOptions.Default.Certificates);
                var log = new RequestLog(debugEnabled: false, verboseEnabled: false);
                pipeline.SendAsync(version, log, CancellationToken.None).GetAwaiter().GetResult();
                var answer = pipeline.SendAsync(list, log, CancellationToken.None).GetAwaiter().GetResult();
                answer.ForEachArrayItem(list, item => JsonMapper.Map<CoolifyService>(item));
            }
        }

        /// <summary>Compiles every method with a body of the type and its nested (compiler-made) types, without running any.</summary>
        private static void Compile(Type type)
        {
            Type[] arguments = type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
            RuntimeTypeHandle[] instantiation = Array.ConvertAll(arguments, a => a.TypeHandle);
            const BindingFlags all = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
            foreach (MethodBase method in type.GetMethods(all))
            {
                Prepare(method, instantiation);
            }

            foreach (MethodBase constructor in type.GetConstructors(all))
            {
                Prepare(constructor, instantiation);
            }

            foreach (Type nested in type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic))
            {
                Compile(nested.IsGenericTypeDefinition && arguments.Length == nested.GetGenericArguments().Length ? nested.MakeGenericType(arguments) : nested);
            }
        }

        private static void Prepare(MethodBase method, RuntimeTypeHandle[] instantiation)
        {
            if (method.IsAbstract || method.ContainsGenericParameters || method.GetMethodBody() == null)
            {
                return;
            }

            if (instantiation.Length == 0)
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
            }
            else
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle, instantiation);
            }
        }

        /// <summary>The two answers the warm-up asks for, made in memory.</summary>
        private sealed class CannedAnswers : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                bool isVersion = request.RequestUri.AbsolutePath.EndsWith("/version", StringComparison.Ordinal);
                var response = new HttpResponseMessage(HttpStatusCode.OK)
                {
                    RequestMessage = request,
                    Content = new StringContent(isVersion ? VersionAnswer : ListAnswer, Encoding.UTF8, "application/json"),
                };
                return Task.FromResult(response);
            }
        }
    }
}
