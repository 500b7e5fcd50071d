using Coolify.Hosting;

namespace Coolify.Tests;

public class WarmupTests
{
    [Fact]
    public void The_import_warm_up_sends_its_requests_in_memory_and_compiles_the_cmdlet_path_without_an_error()
    {
        // The module swallows whatever goes wrong in its warm-up (it is best effort), so a change that breaks it
        // would only show as a slower first call. Here the same work runs on the test's thread, where errors surface:
        // its requests go to warmup.invalid, so one that left the in-memory handler would fail too.
        var error = Record.Exception(Warmup.RunOnce);
        Assert.Null(error);
    }
}
