using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchXmlParserTests
{
    [Fact]
    public void Parse_MinimalFetch_ReturnsRootEntityWithNothingElse()
    {
        FetchQuery result = FetchXmlParser.Parse("<fetch><entity name='account' /></fetch>");

        Assert.Equal("account", result.EntityName);
        Assert.Equal("account", result.Query.EntityName);
        Assert.False(result.Query.ColumnSet.AllColumns);
        Assert.Empty(result.Query.ColumnSet.Columns);
        Assert.Empty(result.Query.Criteria.Conditions);
        Assert.Empty(result.Query.LinkEntities);
        Assert.Null(result.Query.TopCount);
        Assert.Equal(0, result.Query.PageInfo.PageNumber);
        Assert.False(result.IsAggregate);
        Assert.Null(result.Aggregation);
    }

    [Fact]
    public void Parse_AdvancedFindStyleHeader_AcceptsVersionMappingAndOutputFormat()
    {
        FetchQuery result = FetchXmlParser.Parse(
            "<fetch version='1.0' output-format='xml-platform' mapping='logical' distinct='false'><entity name='account'><attribute name='name' /></entity></fetch>");

        Assert.Equal(["name"], result.Query.ColumnSet.Columns);
        Assert.False(result.Query.Distinct);
    }

    [Fact]
    public void Parse_MalformedXml_ReportsLineAndPositionTheDataverseWay()
    {
        const string fetch = "<fetch>\n  <entity name='account'>\n    <attribute name='name' >\n  </entity>\n</fetch>";

        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(fetch));

        Assert.Equal(FetchXmlErrorCodes.InvalidXml, error.ErrorCode);
        Assert.Equal(4, error.LineNumber);
        Assert.Equal(5, error.LinePosition);
        Assert.StartsWith("The FetchXML is not well-formed: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" at line 4, position 5.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 4", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(". at line", error.Message, StringComparison.Ordinal);
        Assert.IsType<System.Xml.XmlException>(error.InnerException);
    }

    [Fact]
    public void Parse_Dtd_IsRefusedWithoutExpandingEntities()
    {
        const string fetch = "<?xml version='1.0'?>\n<!DOCTYPE fetch [<!ENTITY e 'account'>]>\n<fetch><entity name='&e;' /></fetch>";

        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(fetch));

        Assert.Equal(FetchXmlErrorCodes.InvalidXml, error.ErrorCode);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(1, error.LinePosition);
        Assert.Contains("DTD is prohibited", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_EmptyText_IsInvalidXml(string fetch)
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(fetch));

        Assert.Equal(FetchXmlErrorCodes.InvalidXml, error.ErrorCode);
    }

    [Fact]
    public void Parse_Null_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => FetchXmlParser.Parse(null!));
    }

    [Fact]
    public void Parse_RootOtherThanFetch_IsInvalidNode()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse("<query><entity name='account' /></query>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidNode, error.ErrorCode);
        Assert.Contains("'query'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamespacedFetch_IsRefused()
    {
        Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse("<fetch xmlns='urn:x'><entity name='account' /></fetch>"));
    }

    [Fact]
    public void Parse_NoEntity_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse("<fetch top='1'></fetch>"));

        Assert.Contains("requires an entity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoEntities_IsRefusedAtTheSecond()
    {
        const string fetch = "<fetch>\n<entity name='account' />\n<entity name='contact' />\n</fetch>";

        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(fetch));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("exactly one entity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OrderUnderFetch_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse("<fetch><order attribute='name' /><entity name='account' /></fetch>"));

        Assert.Contains("inside the entity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownElement_IsInvalidNodeWithItsLine()
    {
        const string fetch = "<fetch>\n  <entity name='account'>\n    <column name='name' />\n  </entity>\n</fetch>";

        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(fetch));

        Assert.Equal(FetchXmlErrorCodes.InvalidNode, error.ErrorCode);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(6, error.LinePosition);
        Assert.Contains("'column' is not a valid child of 'entity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ConditionEntityNameByAlias_IsKept()
    {
        FetchQuery result = FetchXmlParser.Parse(
            "<fetch><entity name='account'><link-entity name='contact' from='contactid' to='primarycontactid' alias='c' link-type='outer' />" +
            "<filter><condition entityname='c' attribute='contactid' operator='null' /></filter></entity></fetch>");

        Assert.Equal("c", Assert.Single(result.Query.Criteria.Conditions).EntityName);
    }

    [Fact]
    public void Parse_ConditionEntityNameByTableName_BecomesTheGeneratedAlias()
    {
        FetchQuery result = FetchXmlParser.Parse(
            "<fetch><entity name='account'><filter><condition entityname='contact' attribute='contactid' operator='null' /></filter>" +
            "<link-entity name='contact' from='contactid' to='primarycontactid' link-type='outer' /></entity></fetch>");

        Assert.Equal("contact1", Assert.Single(result.Query.Criteria.Conditions).EntityName);
    }

    [Fact]
    public void Parse_ConditionEntityNameMatchingNoLink_IsRefusedAtTheCondition()
    {
        const string fetch = "<fetch><entity name='account'>\n<filter><condition entityname='x' attribute='a' operator='null' /></filter></entity></fetch>";

        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(fetch));

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("'x' does not name a link-entity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ConditionEntityNameMatchingTwoLinksByTable_IsRefusedAsAmbiguous()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(
            "<fetch><entity name='account'>" +
            "<link-entity name='contact' from='contactid' to='primarycontactid' />" +
            "<link-entity name='contact' from='parentcustomerid' to='accountid' />" +
            "<filter><condition entityname='contact' attribute='a' operator='null' /></filter></entity></fetch>"));

        Assert.Contains("several link-entities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OrderEntityName_MustBeALinkAlias()
    {
        FetchQuery ok = FetchXmlParser.Parse(
            "<fetch><entity name='account'><order entityname='c' attribute='fullname' />" +
            "<link-entity name='contact' from='contactid' to='primarycontactid' alias='c' /></entity></fetch>");
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(
            "<fetch><entity name='account'><order entityname='contact' attribute='fullname' />" +
            "<link-entity name='contact' from='contactid' to='primarycontactid' alias='c' /></entity></fetch>"));

        Assert.Equal("c", Assert.Single(ok.Query.Orders).EntityName);
        Assert.Contains("'contact' does not name a link-entity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AggregateOrderAlias_MustNameAnAggregateColumn()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(
            "<fetch aggregate='true'><entity name='account'><attribute name='name' alias='n' aggregate='count' /><order alias='missing' /></entity></fetch>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidAggregate, error.ErrorCode);
        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AggregateOrderOnGroupByWithoutAlias_UsesTheAttributeName()
    {
        FetchQuery result = FetchXmlParser.Parse(
            "<fetch aggregate='true'><entity name='account'><attribute name='address1_city' groupby='true' /><order alias='address1_city' /></entity></fetch>");

        Assert.Equal("address1_city", Assert.Single(result.Query.Orders).Alias);
    }

    [Fact]
    public void Parse_Comments_AreIgnored()
    {
        FetchQuery result = FetchXmlParser.Parse("<!-- view --><fetch><!-- root --><entity name='account'><!-- cols --><attribute name='name' /></entity></fetch>");

        Assert.Equal(["name"], result.Query.ColumnSet.Columns);
    }

    [Fact]
    public void Parse_SchemaValidSample_IsValidAgainstThePublishedSchemaAndParses()
    {
        // Keeps the parser honest about the schema: the same text the XSD accepts must parse.
        const string fetch = """
            <fetch version="1.0" mapping="logical" count="25" page="1" returntotalrecordcount="true">
              <entity name="account">
                <attribute name="name" />
                <order attribute="name" descending="true" />
                <link-entity name="contact" from="contactid" to="primarycontactid" alias="pc" link-type="outer">
                  <attribute name="fullname" />
                  <filter type="or">
                    <condition attribute="statecode" operator="eq" value="0" />
                    <condition attribute="createdon" operator="last-x-days" value="7" />
                  </filter>
                </link-entity>
                <filter>
                  <condition attribute="accountcategorycode" operator="in">
                    <value>1</value>
                    <value>2</value>
                  </condition>
                </filter>
              </entity>
            </fetch>
            """;
        var schemas = new System.Xml.Schema.XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Solution", "Schemas", "9.0.0.2090", "Fetch.xsd"));
        var document = System.Xml.Linq.XDocument.Parse(fetch);
        var schemaErrors = new List<string>();
        System.Xml.Schema.Extensions.Validate(document, schemas, (_, e) => schemaErrors.Add(e.Message));

        FetchQuery result = FetchXmlParser.Parse(fetch);

        Assert.Empty(schemaErrors);
        Assert.Equal(25, result.Query.PageInfo.Count);
        Assert.Equal("pc", Assert.Single(result.Query.LinkEntities).EntityAlias);
        Assert.Equal(2, result.Query.Criteria.Conditions[0].Values.Count);
    }
}
