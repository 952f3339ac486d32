using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

/// <summary>Plain FetchXML queries: columns, typed filters, links with aliases, order, distinct, top and errors.</summary>
public sealed class FetchXmlQueryTests : IDisposable
{
    private readonly LocalEngine engine = new();
    private readonly Guid contoso;
    private readonly Guid fabrikam;

    public FetchXmlQueryTests()
    {
        contoso = engine.Service.Create(new Entity("account") { ["name"] = "Contoso", ["dvs_region"] = "EMEA", ["numberofemployees"] = 100 });
        fabrikam = engine.Service.Create(new Entity("account") { ["name"] = "Fabrikam", ["dvs_region"] = "EMEA", ["numberofemployees"] = 300 });
        engine.Service.Create(new Entity("account") { ["name"] = "Litware", ["dvs_region"] = "US", ["numberofemployees"] = 50 });
        Opportunity("Big deal", contoso, 900000m, new DateTime(2026, 5, 4));
        Opportunity("Small deal", contoso, 20000m, new DateTime(2026, 7, 1));
        Opportunity("Other deal", fabrikam, 5000m, new DateTime(2027, 1, 15));
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Fetch_ColumnsAndOrder_ReturnsRowsSorted()
    {
        var rows = Fetch("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <order attribute="name" descending="true" />
              </entity>
            </fetch>
            """);

        Assert.Equal(["Litware", "Fabrikam", "Contoso"], rows.Entities.Select(e => e.GetAttributeValue<string>("name")));
        Assert.Equal("account", rows.EntityName);
        Assert.All(rows.Entities, e => Assert.NotEqual(Guid.Empty, e.Id));
        Assert.False(rows.Entities[0].Contains("dvs_region"));
    }

    [Theory]
    [InlineData("<condition attribute='numberofemployees' operator='gt' value='60' />", new[] { "Contoso", "Fabrikam" })]
    [InlineData("<condition attribute='numberofemployees' operator='between'><value>50</value><value>100</value></condition>", new[] { "Contoso", "Litware" })]
    [InlineData("<condition attribute='dvs_region' operator='eq' value='emea' />", new[] { "Contoso", "Fabrikam" })]
    [InlineData("<condition attribute='name' operator='like' value='%ware' />", new[] { "Litware" })]
    [InlineData("<condition attribute='dvs_region' operator='in'><value>US</value><value>APAC</value></condition>", new[] { "Litware" })]
    public void Fetch_Conditions_TypeTheirTextValues(string condition, string[] expected)
    {
        var rows = Fetch($"<fetch><entity name='account'><attribute name='name' /><order attribute='name' /><filter>{condition}</filter></entity></fetch>");

        Assert.Equal(expected, rows.Entities.Select(e => e.GetAttributeValue<string>("name")));
    }

    [Fact]
    public void Fetch_GuidAndMoneyAndDateConditions_MatchTypedColumns()
    {
        var rows = Fetch($"""
            <fetch>
              <entity name="opportunity">
                <attribute name="name" />
                <filter type="and">
                  <condition attribute="customerid" operator="eq" value="{contoso}" />
                  <condition attribute="estimatedvalue" operator="ge" value="20000" />
                  <condition attribute="estimatedclosedate" operator="on-or-after" value="2026-06-01" />
                </filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Small deal"], rows.Entities.Select(e => e.GetAttributeValue<string>("name")));
    }

    [Fact]
    public void Fetch_LinkEntityWithAlias_ReturnsAliasedValues()
    {
        var rows = Fetch("""
            <fetch>
              <entity name="opportunity">
                <attribute name="name" />
                <order attribute="name" />
                <link-entity name="account" from="accountid" to="customerid" alias="acct">
                  <attribute name="name" />
                  <attribute name="numberofemployees" />
                  <filter><condition attribute="dvs_region" operator="eq" value="EMEA" /></filter>
                </link-entity>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Big deal", "Other deal", "Small deal"], rows.Entities.Select(e => e.GetAttributeValue<string>("name")));
        var account = rows.Entities[1].GetAttributeValue<AliasedValue>("acct.name")!;
        Assert.Equal(("account", "name", "Fabrikam"), (account.EntityLogicalName, account.AttributeLogicalName, (string)account.Value!));
        Assert.Equal(300, rows.Entities[1].GetAttributeValue<AliasedValue>("acct.numberofemployees")!.Value);
    }

    [Fact]
    public void Fetch_AttributeAliases_ReturnAliasedValuesUnderTheAlias()
    {
        var row = Fetch("""
            <fetch>
              <entity name="opportunity">
                <attribute name="name" alias="deal" />
                <filter><condition attribute="name" operator="eq" value="Other deal" /></filter>
                <link-entity name="account" from="accountid" to="customerid" alias="acct">
                  <attribute name="name" alias="accountname" />
                </link-entity>
              </entity>
            </fetch>
            """).Entities.Single();

        var deal = row.GetAttributeValue<AliasedValue>("deal")!;
        Assert.Equal(("opportunity", "name", "Other deal"), (deal.EntityLogicalName, deal.AttributeLogicalName, (string)deal.Value!));
        var account = row.GetAttributeValue<AliasedValue>("accountname")!;
        Assert.Equal(("account", "name", "Fabrikam"), (account.EntityLogicalName, account.AttributeLogicalName, (string)account.Value!));
        Assert.False(row.Contains("name"));
        Assert.False(row.Contains("acct.name"));
    }

    [Fact]
    public void Fetch_ConditionOnLinkByEntityName_FiltersTheRoot()
    {
        var rows = Fetch("""
            <fetch>
              <entity name="opportunity">
                <attribute name="name" />
                <filter><condition entityname="acct" attribute="numberofemployees" operator="eq" value="300" /></filter>
                <link-entity name="account" from="accountid" to="customerid" alias="acct" link-type="outer" />
              </entity>
            </fetch>
            """);

        Assert.Equal(["Other deal"], rows.Entities.Select(e => e.GetAttributeValue<string>("name")));
    }

    [Fact]
    public void Fetch_DistinctAndTop_LimitRows()
    {
        var distinct = Fetch("<fetch distinct='true'><entity name='account'><attribute name='dvs_region' /><order attribute='dvs_region' /></entity></fetch>");
        var top = Fetch("<fetch top='2'><entity name='account'><attribute name='name' /><order attribute='name' /></entity></fetch>");

        Assert.Equal(3, distinct.Entities.Count); // the primary key is always selected, so rows stay distinct
        Assert.Equal(["Contoso", "Fabrikam"], top.Entities.Select(e => e.GetAttributeValue<string>("name")));
    }

    [Fact]
    public void Fetch_NotWellFormed_FaultsWithLineAndPosition()
    {
        var fault = LocalEngine.Fault(() => Fetch("<fetch>\n  <entity name='account'>\n  </fetch>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidXml, fault.ErrorCode);
        Assert.Contains("line 3", fault.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("position", fault.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Fetch_UnknownElement_FaultsWithParserCodeAndLine()
    {
        var fault = LocalEngine.Fault(() => Fetch("<fetch>\n<entity name='account'>\n<colour name='red' />\n</entity></fetch>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidNode, fault.ErrorCode);
        Assert.Contains("line 3", fault.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Fetch_ValueNotOfTheColumnsType_FaultsNamingTheColumn()
    {
        var fault = LocalEngine.Fault(() => Fetch("<fetch><entity name='account'><filter><condition attribute='numberofemployees' operator='eq' value='many' /></filter></entity></fetch>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("account.numberofemployees", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_UnknownColumn_FaultsAsQueryExpressionDoes()
    {
        var fault = LocalEngine.Fault(() => Fetch("<fetch><entity name='account'><attribute name='nosuchcolumn' /></entity></fetch>"));

        Assert.Contains("nosuchcolumn", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QueryByAttribute_WithoutValues_FaultsAsInvalidArgument()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
        query.Attributes.Add("name");

        var fault = LocalEngine.Fault(() => engine.Service.RetrieveMultiple(query));

        Assert.Contains("exactly one value", fault.Message, StringComparison.Ordinal);
    }

    private EntityCollection Fetch(string fetchXml) => engine.Service.RetrieveMultiple(new FetchExpression(fetchXml));

    private void Opportunity(string name, Guid account, decimal value, DateTime close) => engine.Service.Create(new Entity("opportunity")
    {
        ["name"] = name,
        ["customerid"] = new EntityReference("account", account),
        ["estimatedvalue"] = new Money(value),
        ["estimatedclosedate"] = close,
    });
}
