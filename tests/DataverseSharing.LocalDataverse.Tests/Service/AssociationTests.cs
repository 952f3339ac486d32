using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service;

public sealed class AssociationTests : IDisposable
{
    private static readonly Relationship Contributors = new("dvs_bestpractice_contributor");
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Associate_ManyToMany_AddsIntersectRows()
    {
        var practice = Practice();
        var (first, second) = (User("a"), User("b"));

        engine.Service.Associate("dvs_bestpractice", practice, Contributors, [new EntityReference("systemuser", first), new EntityReference("systemuser", second)]);

        Assert.Equal(new[] { first, second }.Order(), ContributorsOf(practice).Order());
    }

    [Fact]
    public void Associate_FromTheOtherSide_AddsTheSamePair()
    {
        var practice = Practice();
        var user = User("a");

        engine.Service.Associate("systemuser", user, Contributors, [new EntityReference("dvs_bestpractice", practice)]);

        Assert.Equal([user], ContributorsOf(practice));
    }

    [Fact]
    public void Associate_SamePairTwice_FaultsAsDuplicate()
    {
        var practice = Practice();
        var user = User("a");
        engine.Service.Associate("dvs_bestpractice", practice, Contributors, [new EntityReference("systemuser", user)]);

        var fault = LocalEngine.Fault(() => engine.Service.Associate("dvs_bestpractice", practice, Contributors, [new EntityReference("systemuser", user)]));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
    }

    [Fact]
    public void Associate_MissingRelatedRow_FaultsAsObjectDoesNotExist()
    {
        var missing = Guid.NewGuid();

        var fault = LocalEngine.Fault(() => engine.Service.Associate("dvs_bestpractice", Practice(), Contributors, [new EntityReference("systemuser", missing)]));

        Assert.Equal($"systemuser With Id = {missing:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Associate_WrongTables_Faults()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Associate("dvs_bestpractice", Practice(), Contributors, [new EntityReference("account", engine.CreateAccount())]));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    [Fact]
    public void Associate_UnknownRelationship_Faults()
    {
        Assert.Contains("'dvs_nope'", LocalEngine.Fault(() => engine.Service.Associate("dvs_bestpractice", Practice(), new Relationship("dvs_nope"), [])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disassociate_ManyToMany_RemovesOnlyThatPair()
    {
        var practice = Practice();
        var (first, second) = (User("a"), User("b"));
        engine.Service.Associate("dvs_bestpractice", practice, Contributors, [new EntityReference("systemuser", first), new EntityReference("systemuser", second)]);

        engine.Service.Disassociate("dvs_bestpractice", practice, Contributors, [new EntityReference("systemuser", first)]);

        Assert.Equal([second], ContributorsOf(practice));
    }

    [Fact]
    public void Associate_OneToMany_SetsTheChildsLookup()
    {
        var opportunity = engine.CreateOpportunity();
        var practice = Practice();

        engine.Service.Associate("opportunity", opportunity, new Relationship("dvs_opportunity_bestpractice_source"), [new EntityReference("dvs_bestpractice", practice)]);

        Assert.Equal(new EntityReference("opportunity", opportunity), engine.Service.Retrieve("dvs_bestpractice", practice, new ColumnSet("dvs_sourceopportunityid"))["dvs_sourceopportunityid"]);
    }

    [Fact]
    public void Disassociate_OneToMany_ClearsTheChildsLookup()
    {
        var opportunity = engine.CreateOpportunity();
        var practice = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "P", ["dvs_sourceopportunityid"] = new EntityReference("opportunity", opportunity) });

        engine.Service.Disassociate("dvs_bestpractice", practice, new Relationship("dvs_opportunity_bestpractice_source"), [new EntityReference("opportunity", opportunity)]);

        Assert.False(engine.Service.Retrieve("dvs_bestpractice", practice, new ColumnSet("dvs_sourceopportunityid")).Contains("dvs_sourceopportunityid"));
    }

    private Guid Practice() => engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Practice" });

    private Guid User(string name)
    {
        var unit = engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales " + name });
        return engine.Service.Create(new Entity("systemuser") { ["lastname"] = name, ["domainname"] = name + "@contoso.com", ["businessunitid"] = new EntityReference("businessunit", unit) });
    }

    private List<Guid> ContributorsOf(Guid practice)
    {
        var query = new QueryExpression("dvs_bestpractice_contributor") { ColumnSet = new ColumnSet("systemuserid") };
        query.Criteria.AddCondition("dvs_bestpracticeid", ConditionOperator.Equal, practice);
        return engine.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<EntityReference>("systemuserid")!.Id).ToList();
    }
}
