using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Services;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Tests.Deals;

[Collection(DemoOrgCollection.Name)]
public sealed class DealUpdaterTests : IDisposable
{
    private static readonly DealUpdateRetry Quick = new(3, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2));

    private readonly TempOrg temp = new();
    private readonly OrgConnection connection;
    private int rivals;

    public DealUpdaterTests(DemoOrgFixture fixture)
    {
        connection = new EmbeddedConnectionFactory(TextWriter.Null, _ => null).Open(new OrgOptions(fixture.CopyTo(temp)));
    }

    public void Dispose()
    {
        connection.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void Update_AnotherWriterFirst_RetriesAndKeepsBothChanges()
    {
        var service = new InterleavingService(connection.Service, AddRival, times: 1);
        var found = Showcase();

        var result = new DealUpdater(service, Quick).Update(found, new DealChanges { Competitors = ["Oracle"] });

        Assert.Equal(2, result.Attempts);
        Assert.Equal(["SAP", "Rival 1", "Oracle"], Competitors(found.Id));
        Assert.Equal(["competitors + Oracle"], result.Plan.Changed);
    }

    [Fact]
    public void Update_AnotherWriterBeforeEveryAttempt_FailsWithEnvironmentCodeAndChangesNothingOfItsOwn()
    {
        var service = new InterleavingService(connection.Service, AddRival);
        var found = Showcase();

        var error = Assert.Throws<CliException>(() => new DealUpdater(service, Quick).Update(found, new DealChanges { Competitors = ["Oracle"] }));

        Assert.Equal(ExitCodes.Environment, error.ExitCode);
        Assert.Contains("before each of 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, service.UpdatesSent);
        Assert.Equal(["SAP", "Rival 1", "Rival 2", "Rival 3"], Competitors(found.Id));
    }

    [Fact]
    public void Update_NothingToChange_SendsNoUpdate()
    {
        var service = new InterleavingService(connection.Service, AddRival);

        var result = new DealUpdater(service, Quick).Update(Showcase(), new DealChanges { Competitors = ["sap"] });

        Assert.Null(result.Plan.Update);
        Assert.Equal(0, service.UpdatesSent);
    }

    private Entity Showcase() => OpportunityFinder.Find(connection.Service, DemoOrgFixture.ShowcaseDeal, DealReader.OpportunityColumns);

    private IReadOnlyList<string> Competitors(Guid id) =>
        ValueList.Split(connection.Service.Retrieve(OpportunitySchema.Table, id, new ColumnSet(OpportunitySchema.Competitors)).GetAttributeValue<string>(OpportunitySchema.Competitors));

    // The other writer: a rep adding a competitor of their own between this update's read and its write.
    private void AddRival(IOrganizationService service, Entity target)
    {
        var current = Competitors(target.Id);
        service.Update(new Entity(OpportunitySchema.Table, target.Id) { [OpportunitySchema.Competitors] = ValueList.Join(current.Append($"Rival {++rivals}")) });
    }
}
