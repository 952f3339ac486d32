using DataverseSharing.Integration.Demo;

namespace DataverseSharing.Integration.Tests;

/// <summary>
/// Seeds the default demo org once per test run; each test gets its own copy of the file, so tests that write
/// never disturb the others and none pays for seeding again.
/// </summary>
public sealed class DemoOrgFixture : IDisposable
{
    private readonly TempOrg seeded = new();

    public DemoOrgFixture()
    {
        var result = CliRun.Run(seeded.OrgPath, "init", "--demo");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("Seeding the demo org failed: " + result.Error);
        }
    }

    public static string ShowcaseDeal => DemoDeals.ShowcaseName;

    /// <summary>A private copy of the seeded org in the test's own folder.</summary>
    public string CopyTo(TempOrg target)
    {
        File.Copy(seeded.OrgPath, target.OrgPath, overwrite: true);
        return target.OrgPath;
    }

    public void Dispose() => seeded.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DemoOrgCollection : ICollectionFixture<DemoOrgFixture>
{
    public const string Name = "demo org";
}
