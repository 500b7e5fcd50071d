using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Coolify.Cmdlets.Services;

namespace Coolify.Tests;

/// <summary>Runs the cmdlets in-process over a fake server, to check pipeline behaviour without a network.</summary>
[Collection("DefaultConnection")]
public sealed class CmdletHostingTests : IDisposable
{
    private readonly FakeHandler _handler = FakeHandler.Always(200, "{\"message\":\"Service starting request queued.\"}");
    private readonly CoolifyConnection _connection;

    public CmdletHostingTests()
    {
        _connection = new CoolifyConnection(new Uri("https://coolify.example.com/"), PipelineFixture.Token, TimeSpan.FromSeconds(5), false, () => _handler);
        CoolifySession.Register(_connection, makeDefault: true);
    }

    public void Dispose()
    {
        CoolifySession.Remove(_connection);
        _connection.Dispose();
    }

    private static PowerShell Shell()
    {
        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Start-CoolifyService", typeof(StartCoolifyServiceCommand), null));
        return PowerShell.Create(state);
    }

    [Fact]
    public void Good_ids_are_sent_and_bad_ones_are_refused_without_stopping_the_pipeline()
    {
        using var ps = Shell();
        var output = ps.AddScript("'k0wcgw4', 'bad/id', 'xk9q2m7a1b3c5d7e9f0g2h4j' | Start-CoolifyService").Invoke();
        Assert.Equal(2, output.Count);
        Assert.All(output, o => Assert.Equal("Service starting request queued.", ((CoolifyActionResult)o.BaseObject).Message));
        var error = Assert.Single(ps.Streams.Error);
        Assert.StartsWith("CoolifyInvalidId,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal("bad/id", error.TargetObject);
        Assert.Equal(2, _handler.Seen.Count);
        Assert.All(_handler.Seen, s => Assert.Equal("POST", s.Method));
    }

    [Fact]
    public void WhatIf_sends_nothing()
    {
        using var ps = Shell();
        var output = ps.AddScript("'k0wcgw4' | Start-CoolifyService -WhatIf").Invoke();
        Assert.Empty(output);
        Assert.Empty(_handler.Seen);
    }
}

[CollectionDefinition("DefaultConnection", DisableParallelization = true)]
public sealed class DefaultConnectionGroup
{
}
