using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

/// <summary>Aggregate FetchXML: every function, distinct, group-by on root and linked columns, date grouping, order by alias, limits.</summary>
public sealed class FetchXmlAggregateTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public FetchXmlAggregateTests()
    {
        var contoso = Account("Contoso", "EMEA", 100);
        var fabrikam = Account("Fabrikam", "EMEA", 300);
        Account("Litware", "US", 50);
        Account("Nobody", null, null);
        Account("Adatum", "US", 50);
        Opportunity("Big deal", contoso, 100.50m, new DateTime(2026, 1, 3));
        Opportunity("Small deal", contoso, 200.25m, new DateTime(2026, 2, 20));
        Opportunity("Other deal", fabrikam, 300m, new DateTime(2027, 5, 9));
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Aggregate_WholeNumber_EveryFunctionWithDataversesTypes()
    {
        var row = Single("""
            <fetch aggregate="true">
              <entity name="account">
                <attribute name="numberofemployees" alias="Average" aggregate="avg" />
                <attribute name="numberofemployees" alias="Count" aggregate="count" />
                <attribute name="numberofemployees" alias="ColumnCount" aggregate="countcolumn" />
                <attribute name="numberofemployees" alias="Maximum" aggregate="max" />
                <attribute name="numberofemployees" alias="Minimum" aggregate="min" />
                <attribute name="numberofemployees" alias="Sum" aggregate="sum" />
              </entity>
            </fetch>
            """);

        Assert.Equal(5, Value(row, "Count"));
        Assert.Equal(4, Value(row, "ColumnCount"));
        Assert.Equal(500, Value(row, "Sum"));
        Assert.Equal(125, Value(row, "Average")); // 500 / 4: nulls are left out, whole numbers average to a whole number
        Assert.Equal(300, Value(row, "Maximum"));
        Assert.Equal(50, Value(row, "Minimum"));
        var sum = row.GetAttributeValue<AliasedValue>("Sum")!;
        Assert.Equal(("account", "numberofemployees"), (sum.EntityLogicalName, sum.AttributeLogicalName));
        Assert.Equal("account", row.LogicalName);
    }

    [Fact]
    public void Aggregate_Money_SumAvgMinMaxAreMoney()
    {
        var row = Single("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="estimatedvalue" alias="total" aggregate="sum" />
                <attribute name="estimatedvalue" alias="mean" aggregate="avg" />
                <attribute name="estimatedvalue" alias="low" aggregate="min" />
                <attribute name="estimatedvalue" alias="high" aggregate="max" />
              </entity>
            </fetch>
            """);

        Assert.Equal(600.75m, ((Money)Value(row, "total")!).Value);
        Assert.Equal(200.25m, ((Money)Value(row, "mean")!).Value);
        Assert.Equal(100.50m, ((Money)Value(row, "low")!).Value);
        Assert.Equal(300m, ((Money)Value(row, "high")!).Value);
    }

    [Fact]
    public void Aggregate_Distinct_CountsDistinctValues()
    {
        var row = Single("""
            <fetch aggregate="true">
              <entity name="account">
                <attribute name="numberofemployees" alias="distinctsizes" aggregate="countcolumn" distinct="true" />
                <attribute name="dvs_region" alias="regions" aggregate="count" distinct="true" />
                <attribute name="numberofemployees" alias="distinctsum" aggregate="sum" distinct="true" />
              </entity>
            </fetch>
            """);

        Assert.Equal(3, Value(row, "distinctsizes"));
        Assert.Equal(2, Value(row, "regions"));
        Assert.Equal(450, Value(row, "distinctsum"));
    }

    [Fact]
    public void Aggregate_GroupByRootColumn_OrderedByAggregateAlias()
    {
        var rows = Fetch("""
            <fetch aggregate="true">
              <entity name="account">
                <attribute name="dvs_region" alias="region" groupby="true" />
                <attribute name="accountid" alias="accounts" aggregate="count" />
                <attribute name="numberofemployees" alias="people" aggregate="sum" />
                <order alias="people" descending="true" />
              </entity>
            </fetch>
            """).Entities;

        Assert.Equal(["EMEA", "US", null], rows.Select(r => (string?)row(r, "region")));
        Assert.Equal([2, 2, 1], rows.Select(r => (int)row(r, "accounts")!));
        Assert.Equal(400, row(rows[0], "people"));
        Assert.False(rows[2].Contains("people"));

        static object? row(Entity e, string alias) => e.GetAttributeValue<AliasedValue>(alias)?.Value;
    }

    [Fact]
    public void Aggregate_GroupByLinkedColumn_GroupsOverTheJoin()
    {
        var rows = Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="estimatedvalue" alias="total" aggregate="sum" />
                <link-entity name="account" from="accountid" to="customerid" alias="acct">
                  <attribute name="name" alias="account" groupby="true" />
                  <order alias="account" />
                </link-entity>
              </entity>
            </fetch>
            """).Entities;

        Assert.Equal(["Contoso", "Fabrikam"], rows.Select(r => (string)Value(r, "account")!));
        Assert.Equal([300.75m, 300m], rows.Select(r => ((Money)Value(r, "total")!).Value));
        Assert.Equal("account", rows[0].GetAttributeValue<AliasedValue>("account")!.EntityLogicalName);
    }

    [Fact]
    public void Aggregate_GroupByLookup_ReturnsReferences()
    {
        var rows = Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="customerid" alias="customer" groupby="true" />
                <attribute name="opportunityid" alias="deals" aggregate="count" />
                <order alias="deals" descending="true" />
              </entity>
            </fetch>
            """).Entities;

        var customer = (EntityReference)Value(rows[0], "customer")!;
        Assert.Equal("account", customer.LogicalName);
        Assert.Equal(2, Value(rows[0], "deals"));
    }

    [Theory]
    [InlineData("year", new[] { 2026, 2027 }, new[] { 2, 1 })]
    [InlineData("quarter", new[] { 1, 2 }, new[] { 2, 1 })]
    [InlineData("month", new[] { 1, 2, 5 }, new[] { 1, 1, 1 })]
    [InlineData("day", new[] { 3, 9, 20 }, new[] { 1, 1, 1 })]
    [InlineData("week", new[] { 1, 8, 20 }, new[] { 1, 1, 1 })]
    public void Aggregate_DateGrouping_GroupsOnThePartOfTheUtcDate(string grouping, int[] parts, int[] counts)
    {
        var rows = Fetch($"""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="estimatedclosedate" alias="part" groupby="true" dategrouping="{grouping}" />
                <attribute name="opportunityid" alias="deals" aggregate="count" />
                <order alias="part" />
              </entity>
            </fetch>
            """).Entities;

        Assert.Equal(parts, rows.Select(r => (int)Value(r, "part")!));
        Assert.Equal(counts, rows.Select(r => (int)Value(r, "deals")!));
    }

    [Fact]
    public void Aggregate_WithFilter_AggregatesMatchingRowsOnly()
    {
        var row = Single("""
            <fetch aggregate="true">
              <entity name="account">
                <attribute name="accountid" alias="n" aggregate="count" />
                <filter><condition attribute="dvs_region" operator="eq" value="US" /></filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(2, Value(row, "n"));
    }

    [Fact]
    public void Aggregate_MoreRowsThanAggregateLimit_FaultsAsDataverse()
    {
        var fault = LocalEngine.Fault(() => Fetch("""
            <fetch aggregate="true" aggregatelimit="3">
              <entity name="account"><attribute name="accountid" alias="n" aggregate="count" /></entity>
            </fetch>
            """));

        Assert.Equal(-2147164125, fault.ErrorCode);
        Assert.Equal("AggregateQueryRecordLimit exceeded. Cannot perform this operation.", fault.Message);
    }

    [Fact]
    public void Aggregate_SumOfText_FaultsAsInvalidAggregate()
    {
        var fault = LocalEngine.Fault(() => Fetch("<fetch aggregate='true'><entity name='account'><attribute name='name' alias='s' aggregate='sum' /></entity></fetch>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidAggregate, fault.ErrorCode);
    }

    private static object? Value(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value;

    private Entity Single(string fetchXml) => Assert.Single(Fetch(fetchXml).Entities);

    private EntityCollection Fetch(string fetchXml) => engine.Service.RetrieveMultiple(new FetchExpression(fetchXml));

    private Guid Account(string name, string? region, int? employees) =>
        engine.Service.Create(new Entity("account") { ["name"] = name, ["dvs_region"] = region, ["numberofemployees"] = employees });

    private void Opportunity(string name, Guid account, decimal value, DateTime close) => engine.Service.Create(new Entity("opportunity")
    {
        ["name"] = name,
        ["customerid"] = new EntityReference("account", account),
        ["estimatedvalue"] = new Money(value),
        ["estimatedclosedate"] = close,
    });
}
