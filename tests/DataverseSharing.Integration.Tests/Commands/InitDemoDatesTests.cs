using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Testing.Time;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary><c>init --demo</c> dates the demo from the console's clock, so open deals never close in the past.</summary>
public sealed class InitDemoDatesTests : IDisposable
{
    private readonly TempOrg temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Init_Demo_DatesTheDealsFromTheConsolesClock()
    {
        var clock = FixedClock.At(2031, 3, 15, 17, 30);

        var init = Run(clock, "init", "--demo");
        var shown = Run(clock, "deal", "show", DemoOrgFixture.ShowcaseDeal, "--json");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Equal(ExitCodes.Success, shown.ExitCode);

        // The showcase deal is open and closes 120 days after the demo's "today".
        Assert.Equal("2031-07-13", (string?)JObject.Parse(shown.Output)["estimatedCloseDate"]);
    }

    private CliResult Run(TimeProvider clock, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new EmbeddedConnectionFactory(error, _ => null), clock);
        var code = CliApplication.RunAsync(context, args.Concat(new[] { "--org", temp.OrgPath }).ToArray()).GetAwaiter().GetResult();
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
