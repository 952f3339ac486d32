using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class UpsertMultipleHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    private static Entity Practice(string key, string name)
    {
        var row = new Entity("dvs_bestpractice", "dvs_practicekey", key);
        row["dvs_name"] = name;
        row["dvs_topic"] = new OptionSetValue(617420001);
        return row;
    }

    private UpsertResponse[] Run(params Entity[] targets)
    {
        var collection = new EntityCollection { EntityName = "dvs_bestpractice" };
        foreach (var target in targets)
        {
            collection.Entities.Add(target);
        }

        var request = new OrganizationRequest("UpsertMultiple");
        request["Targets"] = collection;
        return (UpsertResponse[])engine.Service.Execute(request)["Results"]!;
    }

    private List<string> Names() =>
        engine.Service.RetrieveMultiple(new QueryExpression("dvs_bestpractice") { ColumnSet = new ColumnSet("dvs_name") })
            .Entities.Select(e => e.GetAttributeValue<string>("dvs_name")!).OrderBy(n => n, StringComparer.Ordinal).ToList();

    [Fact]
    public void Execute_NewAndExistingKeys_CreatesAndUpdatesWithOneResultEach()
    {
        Run(Practice("P-1", "First"));

        var results = Run(Practice("P-1", "First, revised"), Practice("P-2", "Second"));

        Assert.Equal(new[] { false, true }, results.Select(r => r.RecordCreated));
        Assert.All(results, r => Assert.NotEqual(Guid.Empty, r.Target.Id));
        Assert.Equal(new[] { "First, revised", "Second" }, Names());
    }

    [Fact]
    public void Execute_OneInvalidTarget_FaultsAndWritesNothing()
    {
        var tooLong = Practice("P-2", new string('x', 201));

        var fault = LocalEngine.Fault(() => Run(Practice("P-1", "First"), tooLong));

        Assert.Equal(ErrorCodes.StringLengthTooLong, fault.ErrorCode);
        Assert.Empty(Names());
    }

    [Fact]
    public void Execute_TargetOfAnotherTable_FaultNamesTheIndex()
    {
        var collection = new EntityCollection { EntityName = "dvs_bestpractice" };
        collection.Entities.Add(new Entity("account") { ["name"] = "Contoso" });
        var request = new OrganizationRequest("UpsertMultiple");
        request["Targets"] = collection;

        var fault = LocalEngine.Fault(() => engine.Service.Execute(request));

        Assert.Contains("index 0", fault.Message, StringComparison.Ordinal);
    }
}
