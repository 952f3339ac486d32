using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Demo;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>practices submit, approve, reject, retire and revise: real requests the lifecycle guard judges.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class PracticesLifecycleCommandTests : IDisposable
{
    private static readonly DemoOrg Demo = DemoOrgGenerator.Generate(new DemoOptions());
    private readonly TempOrg temp = new();
    private readonly string org;

    public PracticesLifecycleCommandTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    private static string Approver => Demo.Users.Single(u => u.Role == "Approver").FullName;

    private static string Rep => Demo.Users.First(u => u.Role == "Rep").FullName;

    private static string KeyIn(PracticeStatus status) => Demo.Practices.First(p => p.Status == status).Key;

    [Fact]
    public void Approve_AsRep_ExitsInvalidAndLeavesItSubmitted()
    {
        var key = KeyIn(PracticeStatus.Submitted);

        var result = CliRun.Run(org, "practices", "approve", key, "--as", Rep);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Equal("Submitted", StatusOf(key));
    }

    [Fact]
    public void Approve_AsApprover_ApprovesAndRecordsTheDate()
    {
        var key = KeyIn(PracticeStatus.Submitted);

        var result = CliRun.Run(org, "practices", "approve", key, "--comment", "Clear and proven", "--as", Approver);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("Approved \"", result.Output, StringComparison.Ordinal);
        Assert.Equal("Approved", StatusOf(key));
    }

    [Fact]
    public void Submit_Approved_ExitsInvalidAsIllegalMove()
    {
        var result = CliRun.Run(org, "practices", "submit", KeyIn(PracticeStatus.Approved), "--as", Approver);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("is Approved, so it cannot be submitted", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reject_AsApprover_Rejects()
    {
        var key = KeyIn(PracticeStatus.Submitted);

        Assert.Equal(ExitCodes.Success, CliRun.Run(org, "practices", "reject", key, "--comment", "Too vague", "--as", Approver).ExitCode);
        Assert.Equal("Rejected", StatusOf(key));
    }

    [Fact]
    public void ReviseSubmitApprove_RetiresThePreviousVersion()
    {
        var key = KeyIn(PracticeStatus.Approved);

        var revised = CliRun.Run(org, "practices", "revise", key, "--comment", "New prices", "--as", Approver);
        var next = key + "-v2";
        var submitted = CliRun.Run(org, "practices", "submit", next, "--as", Approver);
        var approved = CliRun.Run(org, "practices", "approve", next, "--as", Approver);

        Assert.Equal(ExitCodes.Success, revised.ExitCode);
        Assert.Contains($"({next}, v2)", revised.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, submitted.ExitCode);
        Assert.Equal(ExitCodes.Success, approved.ExitCode);
        Assert.Equal("Approved", StatusOf(next));
        Assert.Equal("Retired", StatusOf(key));
    }

    [Fact]
    public void Retire_UnknownKey_ExitsNotFound()
    {
        var result = CliRun.Run(org, "practices", "retire", "no-such-key");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("error: No practice has the key \"no-such-key\" (see `practices list`).", result.Error.TrimEnd());
    }

    [Fact]
    public void Import_ApprovedContentAsApprover_ExitsInvalidAndImportsNothing()
    {
        var file = temp.File("approved.csv");
        File.WriteAllText(file, "key,title,topic,status\r\nI-1,Imported one,Pricing,Draft\r\nI-2,Imported two,Pricing,Approved\r\n");

        var refused = CliRun.Run(org, "practices", "import", file, "--as", Approver);
        var keys = JArray.Parse(CliRun.Run(org, "practices", "list", "--json").Output).Select(p => (string?)p["key"]).ToList();

        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains("only a Practice Administrator creates or imports a practice as Approved", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("I-1", keys);
        Assert.DoesNotContain("I-2", keys);
        Assert.Equal(ExitCodes.Success, CliRun.Run(org, "practices", "import", file).ExitCode);
        Assert.Equal("Approved", StatusOf("I-2"));
    }

    private string StatusOf(string key) =>
        (string)JArray.Parse(CliRun.Run(org, "practices", "list", "--json").Output).Single(p => (string?)p["key"] == key)["status"]!;
}
