using System.Globalization;
using System.Text.Json.Nodes;

namespace Coolify.Simulator;

/// <summary>
/// Synthetic data for the benchmark (bench/, build.ps1 -Task Bench): N more applications with the
/// fields a real one has, and N more services in a chosen status. Seeding again replaces what the
/// previous seed added and leaves the hand-made data alone.
/// </summary>
internal sealed partial class SimState
{
    private static readonly string[] BenchBuildPacks = ["nixpacks", "dockerfile", "dockerimage", "static"];
    private static readonly string[] BenchEnvironments = ["env0prodweb0000000000000", "env0stagweb0000000000000", "env1prodops0000000000000", "env1stagops0000000000000"];
    private static readonly string[] BenchServers = ["srv0localhost0000000000a", "srv1edge0000000000000000"];
    private static readonly string[] BenchServiceTypes = ["n8n", "plausible", "uptime-kuma", "minio", "ghost"];

    /// <summary>The id of the i-th seeded application or service: a prefix and the number, 24 characters.</summary>
    internal static string BenchId(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture).PadLeft(24 - prefix.Length, '0');

    /// <summary>Replaces the seeded applications and services with new ones; returns how many of each there now are.</summary>
    internal (int Applications, int Services) SeedBench(int applications, int services, string serviceStatus)
    {
        lock (Gate)
        {
            Applications.RemoveAll(a => a["_bench"] is not null);
            Services.RemoveAll(x => x["_bench"] is not null);
            for (int i = 1; i <= applications; i++)
            {
                string name = "bench-app-" + i.ToString("D5", CultureInfo.InvariantCulture);
                string pack = BenchBuildPacks[i % BenchBuildPacks.Length];
                var app = NewApplication(BenchId("bapp", i), name, i % 3 == 0 ? "exited:unhealthy" : "running:healthy", pack,
                    BenchEnvironments[i % BenchEnvironments.Length], "https://" + name + ".example.com", BenchServers[i % BenchServers.Length]);
                app["description"] = "Synthetic application " + i + " of " + applications + " (benchmark data)";
                if (pack == "dockerimage")
                {
                    app["docker_registry_image_name"] = "ghcr.io/example/" + name;
                    app["docker_registry_image_tag"] = "1." + (i % 10) + "." + (i % 7);
                }
                else
                {
                    app["git_repository"] = "https://github.com/example/" + name;
                    app["git_branch"] = i % 5 == 0 ? "develop" : "main";
                    app["git_full_url"] = "https://github.com/example/" + name + ".git";
                    app["git_commit_sha"] = (i * 2654435761L).ToString("x16", CultureInfo.InvariantCulture).PadLeft(40, 'a');
                    app["install_command"] = "npm ci";
                    app["build_command"] = "npm run build";
                    app["start_command"] = "npm start";
                }

                app["ports_mappings"] = i % 4 == 0 ? (8000 + i % 1000) + ":3000" : null;
                app["health_check_enabled"] = i % 2 == 0;
                app["health_check_path"] = "/healthz";
                app["limits_memory"] = i % 2 == 0 ? "512m" : "0";
                app["_bench"] = true;
            }

            for (int i = 1; i <= services; i++)
            {
                string type = BenchServiceTypes[i % BenchServiceTypes.Length];
                var service = Service(BenchId("bsvc", i), "bench-svc-" + i.ToString("D4", CultureInfo.InvariantCulture), serviceStatus, type);
                service["_bench"] = true;
                Services.Add(service);
            }

            return (Applications.Count(a => a["_bench"] is not null), Services.Count(x => x["_bench"] is not null));
        }
    }
}
