using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Coolify.Http;

namespace Coolify.Completion
{
    /// <summary>A resource as completion shows it: the id to insert and the name to show.</summary>
    internal sealed class ResourceItem
    {
        internal string Id { get; set; }

        internal string Name { get; set; }

        internal string Status { get; set; }
    }

    /// <summary>
    /// Lists fetched for tab completion, per connection and request path. A fetch the shell stopped
    /// waiting for keeps running and fills the cache, so on a slow server the next Tab has the answer
    /// instead of sending (and waiting for) the same request again.
    /// </summary>
    internal static class ResourceListCache
    {
        internal static readonly TimeSpan Fresh = TimeSpan.FromSeconds(60);

        // A failure (an error answer, a server that never answered) is not asked again at every Tab.
        internal static readonly TimeSpan FailureFresh = TimeSpan.FromSeconds(10);

        private static readonly TimeSpan BackgroundLimit = TimeSpan.FromSeconds(15);
        private static readonly object Gate = new object();
        private static readonly Dictionary<(CoolifyConnection, string), Entry> Entries = new Dictionary<(CoolifyConnection, string), Entry>();

        /// <summary>The list, or null when it is not there within <paramref name="wait"/> or the request failed.</summary>
        internal static ResourceItem[] Get(CoolifyConnection connection, ApiRequest request, TimeSpan wait)
        {
            Entry entry;
            lock (Gate)
            {
                var now = DateTime.UtcNow;
                foreach (var stale in Entries.Where(e => e.Key.Item1.IsClosed || e.Value.ExpiredAt(now)).Select(e => e.Key).ToArray())
                {
                    Entries.Remove(stale);
                }

                var key = (connection, request.PathAndQuery());
                if (!Entries.TryGetValue(key, out entry))
                {
                    entry = new Entry();
                    entry.Fetch = Task.Run(() => FetchAsync(connection, request, entry));
                    Entries[key] = entry;
                }
            }

            try
            {
                return entry.Fetch.Wait(wait) ? entry.Fetch.Result : null;
            }
            catch (AggregateException)
            {
                return null;
            }
        }

        private static async Task<ResourceItem[]> FetchAsync(CoolifyConnection connection, ApiRequest request, Entry entry)
        {
            try
            {
                using (var limit = new CancellationTokenSource(BackgroundLimit))
                {
                    var response = await connection.Pipeline.SendAsync(request, new RequestLog(), limit.Token).ConfigureAwait(false);
                    var items = Read(request, response);
                    entry.Done(items != null ? Fresh : FailureFresh);
                    return items;
                }
            }
            catch (Exception)
            {
                entry.Done(FailureFresh);
                throw;
            }
        }

        private static ResourceItem[] Read(ApiRequest request, ApiResponse response)
        {
            using (var document = response.ParseJson(request))
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    // Lists some routes wrap, e.g. {count, deployments}.
                    root = root.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array);
                }

                if (root.ValueKind != JsonValueKind.Array)
                {
                    return null;
                }

                return root.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.Object)
                    .Select(item => new ResourceItem { Id = Text(item, "uuid"), Name = Text(item, "name"), Status = Text(item, "status") })
                    .ToArray();
            }
        }

        private static string Text(JsonElement item, string field) =>
            item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private sealed class Entry
        {
            private long _doneTicks;
            private long _freshTicks;

            internal Task<ResourceItem[]> Fetch { get; set; }

            internal void Done(TimeSpan fresh)
            {
                Interlocked.Exchange(ref _freshTicks, fresh.Ticks);
                Interlocked.Exchange(ref _doneTicks, DateTime.UtcNow.Ticks);
            }

            // Still running: not expired, the fetch has its own limit.
            internal bool ExpiredAt(DateTime now)
            {
                long done = Interlocked.Read(ref _doneTicks);
                return done != 0 && now.Ticks - done > Interlocked.Read(ref _freshTicks);
            }
        }
    }
}
