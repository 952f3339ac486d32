using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Demo;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Tests.Connection;

[Collection(DemoOrgCollection.Name)]
public sealed class EmbeddedConnectionFactoryTests : IDisposable
{
    private readonly TempOrg temp = new();
    private readonly string org;

    public EmbeddedConnectionFactoryTests(DemoOrgFixture fixture) => org = fixture.CopyTo(temp);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_DemoOrg_ActsAsTheAdministratorWithRolesAndTeams()
    {
        using var connection = new EmbeddedConnectionFactory(TextWriter.Null, _ => null).Open(new OrgOptions(org));

        Assert.Equal(DemoPeople.AdministratorId, connection.UserId);
        Assert.Equal(34, connection.Service.RetrieveMultiple(new QueryExpression("systemuserroles") { ColumnSet = new ColumnSet(true) }).Entities.Count);
        Assert.Equal(15, connection.Service.RetrieveMultiple(new QueryExpression("teammembership") { ColumnSet = new ColumnSet(true) }).Entities.Count);
        Assert.Equal(4, connection.Service.RetrieveMultiple(new QueryExpression("businessunit") { ColumnSet = new ColumnSet("name") }).Entities.Count);
    }

    [Fact]
    public void Create_ExistingFileWithoutForce_LeavesItUntouched()
    {
        var factory = new EmbeddedConnectionFactory(TextWriter.Null, _ => null);
        var length = new FileInfo(org).Length;

        Assert.Throws<Cli.CliException>(() => factory.Create(new OrgOptions(org), force: false, new DemoOptions()));
        Assert.Equal(length, new FileInfo(org).Length);
    }
}
