using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

/// <summary>QueryExpression links: joins with aliased columns, link criteria, semi-joins.</summary>
public sealed class LinkEntityTests : IDisposable
{
    private readonly LocalEngine engine = new();
    private readonly Guid account;
    private readonly Guid bigDeal;
    private readonly Guid smallDeal;
    private readonly Guid discovery;
    private readonly Guid pricing;
    private readonly Guid unused;

    public LinkEntityTests()
    {
        account = engine.Service.Create(new Entity("account") { ["name"] = "Contoso", ["dvs_region"] = "EMEA" });
        bigDeal = engine.Service.Create(new Entity("opportunity") { ["name"] = "Big deal", ["customerid"] = new EntityReference("account", account), ["estimatedvalue"] = new Money(900000m) });
        smallDeal = engine.Service.Create(new Entity("opportunity") { ["name"] = "Small deal", ["customerid"] = new EntityReference("account", account), ["estimatedvalue"] = new Money(20000m) });
        discovery = Practice("Discovery questions", 617420001);
        pricing = Practice("Price anchoring", 617420006);
        unused = Practice("Never suggested", 617420009);
        Suggest(bigDeal, discovery, 1);
        Suggest(bigDeal, pricing, 2);
        Suggest(smallDeal, pricing, 1);
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void InnerLink_Columns_ComeBackAsAliasedValues()
    {
        var query = new QueryExpression("dvs_practicesuggestion") { ColumnSet = new ColumnSet("dvs_rank") };
        query.Criteria.AddCondition("dvs_opportunityid", ConditionOperator.Equal, bigDeal);
        query.AddOrder("dvs_rank", OrderType.Ascending);
        var practice = query.AddLink("dvs_bestpractice", "dvs_bestpracticeid", "dvs_bestpracticeid");
        practice.EntityAlias = "p";
        practice.Columns = new ColumnSet("dvs_name", "dvs_topic");

        var rows = engine.Service.RetrieveMultiple(query).Entities;

        Assert.Equal(["Discovery questions", "Price anchoring"], rows.Select(r => (string)r.GetAttributeValue<AliasedValue>("p.dvs_name")!.Value!));
        var topic = rows[0].GetAttributeValue<AliasedValue>("p.dvs_topic")!;
        Assert.Equal(("dvs_bestpractice", "dvs_topic"), (topic.EntityLogicalName, topic.AttributeLogicalName));
        Assert.Equal(617420001, ((OptionSetValue)topic.Value!).Value);
        Assert.Equal("Discovery", rows[0].FormattedValues["p.dvs_topic"]);
    }

    [Fact]
    public void InnerLink_WithoutAlias_UsesTableNameAndPosition()
    {
        var query = new QueryExpression("dvs_practicesuggestion") { ColumnSet = new ColumnSet(false) };
        query.AddLink("dvs_bestpractice", "dvs_bestpracticeid", "dvs_bestpracticeid").Columns = new ColumnSet("dvs_name");

        var row = engine.Service.RetrieveMultiple(query).Entities[0];

        Assert.True(row.Contains("dvs_bestpractice1.dvs_name"));
    }

    [Fact]
    public void InnerLink_Criteria_FilterTheParentRows()
    {
        var query = new QueryExpression("dvs_practicesuggestion") { ColumnSet = new ColumnSet("dvs_opportunityid") };
        var practice = query.AddLink("dvs_bestpractice", "dvs_bestpracticeid", "dvs_bestpracticeid");
        practice.LinkCriteria.AddCondition("dvs_topic", ConditionOperator.Equal, 617420006);

        var opportunities = engine.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<EntityReference>("dvs_opportunityid")!.Id);

        Assert.Equal(new[] { bigDeal, smallDeal }.Order(), opportunities.Order());
    }

    [Fact]
    public void Criteria_OnLinkAlias_FilterAcrossTheJoin()
    {
        var query = new QueryExpression("dvs_practicesuggestion") { ColumnSet = new ColumnSet("dvs_rank") };
        query.AddLink("opportunity", "dvs_opportunityid", "opportunityid").EntityAlias = "o";
        query.Criteria.AddCondition("o", "estimatedvalue", ConditionOperator.GreaterThan, 500000m);

        Assert.Equal(2, engine.Service.RetrieveMultiple(query).Entities.Count);
    }

    [Fact]
    public void NestedLinks_ReachTheGrandparent()
    {
        var query = new QueryExpression("dvs_practicesuggestion") { ColumnSet = new ColumnSet(false) };
        var opportunity = query.AddLink("opportunity", "dvs_opportunityid", "opportunityid");
        var account = opportunity.AddLink("account", "customerid", "accountid");
        account.EntityAlias = "a";
        account.Columns = new ColumnSet("dvs_region");

        var rows = engine.Service.RetrieveMultiple(query).Entities;

        Assert.Equal(3, rows.Count);
        Assert.All(rows, e => Assert.Equal("EMEA", e.GetAttributeValue<AliasedValue>("a.dvs_region")!.Value));
    }

    [Fact]
    public void PolymorphicLink_MatchesOnlyTheNamedTable()
    {
        var contact = engine.Service.Create(new Entity("contact", account) { ["lastname"] = "Same id as the account" });
        engine.Service.Create(new Entity("opportunity") { ["name"] = "Contact deal", ["customerid"] = new EntityReference("contact", contact) });
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddLink("account", "customerid", "accountid");

        Assert.DoesNotContain("Contact deal", engine.Service.RetrieveMultiple(query).Entities.Select(e => (string)e["name"]!));
        Assert.Equal(2, engine.Service.RetrieveMultiple(query).Entities.Count);
    }

    [Fact]
    public void OuterLink_KeepsRowsWithoutAMatch()
    {
        var query = new QueryExpression("dvs_bestpractice") { ColumnSet = new ColumnSet("dvs_name") };
        var suggestion = query.AddLink("dvs_practicesuggestion", "dvs_bestpracticeid", "dvs_bestpracticeid", JoinOperator.LeftOuter);
        suggestion.EntityAlias = "s";
        query.Criteria.AddCondition("s", "dvs_practicesuggestionid", ConditionOperator.Null);

        Assert.Equal([unused], engine.Service.RetrieveMultiple(query).Entities.Select(e => e.Id));
    }

    [Fact]
    public void ExistsLink_ReturnsEachParentOnce()
    {
        var query = new QueryExpression("dvs_bestpractice") { ColumnSet = new ColumnSet("dvs_name") };
        query.AddLink("dvs_practicesuggestion", "dvs_bestpracticeid", "dvs_bestpracticeid", JoinOperator.Exists);

        Assert.Equal(new[] { discovery, pricing }.Order(), engine.Service.RetrieveMultiple(query).Entities.Select(e => e.Id).Order());
    }

    [Fact]
    public void NotAnyLink_ReturnsParentsWithoutChildren()
    {
        var query = new QueryExpression("dvs_bestpractice") { ColumnSet = new ColumnSet("dvs_name") };
        query.AddLink("dvs_practicesuggestion", "dvs_bestpracticeid", "dvs_bestpracticeid", JoinOperator.NotAny);

        Assert.Equal([unused], engine.Service.RetrieveMultiple(query).Entities.Select(e => e.Id));
    }

    [Fact]
    public void ManyToManyThroughIntersect_FindsContributedPractices()
    {
        var unit = engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales" });
        var user = engine.Service.Create(new Entity("systemuser") { ["lastname"] = "Ng", ["domainname"] = "ng@contoso.com", ["businessunitid"] = new EntityReference("businessunit", unit) });
        engine.Service.Associate("dvs_bestpractice", pricing, new Relationship("dvs_bestpractice_contributor"), [new EntityReference("systemuser", user)]);
        var query = new QueryExpression("dvs_bestpractice") { ColumnSet = new ColumnSet("dvs_name") };
        var intersect = query.AddLink("dvs_bestpractice_contributor", "dvs_bestpracticeid", "dvs_bestpracticeid");
        intersect.LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, user);

        Assert.Equal([pricing], engine.Service.RetrieveMultiple(query).Entities.Select(e => e.Id));
    }

    [Fact]
    public void LinkOrder_SortsByTheLinkedColumn()
    {
        var query = new QueryExpression("dvs_practicesuggestion") { ColumnSet = new ColumnSet("dvs_rank") };
        var opportunity = query.AddLink("opportunity", "dvs_opportunityid", "opportunityid");
        opportunity.EntityAlias = "o";
        opportunity.Columns = new ColumnSet("name");
        query.AddOrder("estimatedvalue", OrderType.Ascending, "o", "o");

        Assert.Equal(["Small deal", "Big deal", "Big deal"], engine.Service.RetrieveMultiple(query).Entities.Select(e => (string)e.GetAttributeValue<AliasedValue>("o.name")!.Value!));
    }

    [Fact]
    public void Link_UnknownColumn_Faults()
    {
        var query = new QueryExpression("dvs_practicesuggestion");
        query.AddLink("opportunity", "dvs_opportunityid", "nope");

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, LocalEngine.Fault(() => engine.Service.RetrieveMultiple(query)).ErrorCode);
    }

    [Fact]
    public void Condition_UnknownAlias_Faults()
    {
        var query = new QueryExpression("dvs_practicesuggestion");
        query.Criteria.AddCondition("zz", "name", ConditionOperator.Equal, "x");

        Assert.Contains("'zz'", LocalEngine.Fault(() => engine.Service.RetrieveMultiple(query)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllLink_FaultsAsUnsupported()
    {
        var query = new QueryExpression("dvs_bestpractice");
        query.AddLink("dvs_practicesuggestion", "dvs_bestpracticeid", "dvs_bestpracticeid", JoinOperator.All);

        Assert.Contains("All", LocalEngine.Fault(() => engine.Service.RetrieveMultiple(query)).Message, StringComparison.Ordinal);
    }

    private Guid Practice(string name, int topic) =>
        engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = name, ["dvs_topic"] = new OptionSetValue(topic) });

    private void Suggest(Guid opportunity, Guid practice, int rank) => engine.Service.Create(new Entity("dvs_practicesuggestion")
    {
        ["dvs_name"] = "Suggestion",
        ["dvs_opportunityid"] = new EntityReference("opportunity", opportunity),
        ["dvs_bestpracticeid"] = new EntityReference("dvs_bestpractice", practice),
        ["dvs_rank"] = rank,
    });
}
