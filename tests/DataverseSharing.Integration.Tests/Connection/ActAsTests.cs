using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Demo;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Tests.Connection;

/// <summary>--as: acting as a demo user by full name or sign-in name; unknown and ambiguous names exit 2.</summary>
[Collection(DemoOrgCollection.Name)]
public sealed class ActAsTests : IDisposable
{
    private static readonly DemoOrg Demo = DemoOrgGenerator.Generate(new DemoOptions());
    private readonly TempOrg temp = new();
    private readonly string org;

    public ActAsTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_ActAsBySignInName_ConnectsAsThatUser()
    {
        var rep = Demo.Users.First(u => u.Role == "Rep");
        using var connection = new EmbeddedConnectionFactory(TextWriter.Null, _ => null).Open(new OrgOptions(org, rep.DomainName.ToUpperInvariant()));

        Assert.Equal(rep.Id, connection.UserId);
        Assert.Equal(rep.Id, ((Microsoft.Crm.Sdk.Messages.WhoAmIResponse)connection.Service.Execute(new Microsoft.Crm.Sdk.Messages.WhoAmIRequest())).UserId);
    }

    [Fact]
    public void Run_ActAsUnknownUser_ExitsNotFoundNamingIt()
    {
        var result = CliRun.Run(org, "practices", "list", "--as", "Nobody Known");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("error: --as: no user is named \"Nobody Known\" (give a full name, a sign-in name or an id).", result.Error.TrimEnd());
    }

    [Fact]
    public void Run_ActAsAmbiguousFullName_ExitsNotFoundListingThem()
    {
        var rep = Demo.Users.First(u => u.Role == "Rep");
        using (var connection = new EmbeddedConnectionFactory(TextWriter.Null, _ => null).Open(new OrgOptions(org)))
        {
            connection.Service.Create(new Entity("systemuser")
            {
                ["firstname"] = rep.FirstName,
                ["lastname"] = rep.LastName,
                ["fullname"] = rep.FullName,
                ["domainname"] = "namesake@fabrikam.test",
                ["businessunitid"] = new EntityReference("businessunit", DemoPeople.RootBusinessUnitId),
            });
        }

        var result = CliRun.Run(org, "practices", "list", "--as", rep.FullName);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.StartsWith($"error: --as: \"{rep.FullName}\" names several users: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("namesake@fabrikam.test", result.Error, StringComparison.Ordinal);
    }
}
