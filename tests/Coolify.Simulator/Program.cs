using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Coolify.Simulator;

// A local stand-in for a Coolify server (see README.md). It prints its address on one line and exits
// with its parent, so tests never leave a server behind.
int port = 0;
bool https = false;
string? certificatePath = null;
string? certificatePassword = null;
int parentPid = 0;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port": port = int.Parse(args[++i]); break;
        case "--https": https = true; break;
        case "--certificate": certificatePath = args[++i]; https = true; break;
        case "--certificate-password": certificatePassword = args[++i]; break;
        case "--parent-pid": parentPid = int.Parse(args[++i]); break;
    }
}

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, o =>
{
    if (https)
    {
        // --certificate serves that PFX (a test's own CA-signed certificate); otherwise one made in memory.
        o.UseHttps(certificatePath != null
            ? X509CertificateLoader.LoadPkcs12FromFile(certificatePath, certificatePassword)
            : SelfSignedCertificate());
    }
}));
builder.Services.AddSingleton<SimState>();
var app = builder.Build();
app.UseMiddleware<ApiPipeline>();
app.UseMiddleware<ServerRulesCheck>();
ControlRoutes.Map(app);
ServiceRoutes.Map(app);
MiscRoutes.Map(app);
ProjectRoutes.Map(app);
ApplicationRoutes.Map(app);
DatabaseRoutes.Map(app);
DeploymentRoutes.Map(app);
SettingsRoutes.Map(app);
ScheduledTaskRoutes.Map(app);
SiteRoutes.Map(app);
await app.StartAsync();

var address = app.Urls.First();
Console.Out.WriteLine("COOLIFY_SIMULATOR_URL=" + address.Replace("[::1]", "127.0.0.1"));
Console.Out.Flush();

if (parentPid > 0)
{
    _ = Task.Run(async () =>
    {
        while (true)
        {
            await Task.Delay(1000);
            try
            {
                using var parent = Process.GetProcessById(parentPid);
                if (parent.HasExited) break;
            }
            catch (ArgumentException)
            {
                break;
            }
        }

        await app.StopAsync();
    });
}

await app.WaitForShutdownAsync();

static X509Certificate2 SelfSignedCertificate()
{
    using var key = RSA.Create(2048);
    var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    var san = new SubjectAlternativeNameBuilder();
    san.AddDnsName("localhost");
    san.AddIpAddress(IPAddress.Loopback);
    request.CertificateExtensions.Add(san.Build());
    using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
}
