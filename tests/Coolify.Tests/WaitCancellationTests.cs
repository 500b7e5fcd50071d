using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Coolify.Cmdlets.Deployments;

namespace Coolify.Tests;

/// <summary>A wait that would go on for half an hour ends promptly when the user presses Ctrl+C.</summary>
[Collection("DefaultConnection")]
public sealed class WaitCancellationTests : IDisposable
{
    // The deployment never ends: every poll says it is still building.
    private readonly FakeHandler _handler = FakeHandler.Always(200, "[{\"deployment_uuid\":\"dep0\",\"status\":\"in_progress\"}]");

    private readonly CoolifyConnection _connection;

    public WaitCancellationTests()
    {
        _connection = new CoolifyConnection(new Uri("https://coolify.example.com/"), PipelineFixture.Token, TimeSpan.FromSeconds(5), false, () => _handler);
        CoolifySession.Register(_connection, makeDefault: true);
    }

    public void Dispose()
    {
        CoolifySession.Remove(_connection);
        _connection.Dispose();
    }

    [Fact]
    public void Ctrl_C_ends_Wait_CoolifyDeployment_within_two_seconds()
    {
        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Wait-CoolifyDeployment", typeof(WaitCoolifyDeploymentCommand), null));
        using var ps = PowerShell.Create(state);
        ps.AddScript("Wait-CoolifyDeployment -DeploymentUuid dep0 -Timeout 1800");
        var running = ps.BeginInvoke();
        Thread.Sleep(1500);
        Assert.False(running.IsCompleted);
        Assert.NotEmpty(_handler.Seen);

        var clock = Stopwatch.StartNew();
        ps.Stop();
        Assert.True(running.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(2)), "the wait did not stop within 2 s of Ctrl+C");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2));
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
    }
}
