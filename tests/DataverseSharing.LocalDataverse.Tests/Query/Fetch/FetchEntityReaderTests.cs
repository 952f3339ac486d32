using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchEntityReaderTests
{
    private static QueryExpression Query(string entityBody) =>
        FetchXmlParser.Parse($"<fetch><entity name='account'>{entityBody}</entity></fetch>").Query;

    [Fact]
    public void ReadEntity_LinkEntity_SwapsFetchFromAndToIntoLinkAttributes()
    {
        LinkEntity link = Assert.Single(Query("<link-entity name='contact' from='contactid' to='primarycontactid' alias='pc' />").LinkEntities);

        Assert.Equal("account", link.LinkFromEntityName);
        Assert.Equal("contact", link.LinkToEntityName);
        Assert.Equal("primarycontactid", link.LinkFromAttributeName);
        Assert.Equal("contactid", link.LinkToAttributeName);
        Assert.Equal("pc", link.EntityAlias);
        Assert.Equal(JoinOperator.Inner, link.JoinOperator);
    }

    [Theory]
    [InlineData("inner", JoinOperator.Inner)]
    [InlineData("outer", JoinOperator.LeftOuter)]
    [InlineData("any", JoinOperator.Any)]
    [InlineData("not any", JoinOperator.NotAny)]
    [InlineData("all", JoinOperator.All)]
    [InlineData("not all", JoinOperator.NotAll)]
    [InlineData("exists", JoinOperator.Exists)]
    [InlineData("in", JoinOperator.In)]
    [InlineData("matchfirstrowusingcrossapply", JoinOperator.MatchFirstRowUsingCrossApply)]
    public void ReadEntity_LinkType_MapsToJoinOperator(string linkType, JoinOperator expected)
    {
        LinkEntity link = Assert.Single(Query($"<link-entity name='contact' from='parentcustomerid' to='accountid' link-type='{linkType}' />").LinkEntities);

        Assert.Equal(expected, link.JoinOperator);
    }

    [Theory]
    [InlineData("left")]
    [InlineData("natural")]
    [InlineData("Outer")]
    public void ReadEntity_UnknownLinkType_IsRefusedWithLinkTypeCode(string linkType)
    {
        var error = Assert.Throws<FetchXmlException>(() => Query($"<link-entity name='contact' from='a' to='b' link-type='{linkType}' />"));

        Assert.Equal(FetchXmlErrorCodes.InvalidLinkType, error.ErrorCode);
        Assert.Contains($"'{linkType}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntity_LinksWithoutAlias_GetDataverseGeneratedAliasesInDocumentOrder()
    {
        QueryExpression query = Query(
            "<link-entity name='contact' from='contactid' to='primarycontactid'>" +
            "<link-entity name='systemuser' from='systemuserid' to='owninguser' /></link-entity>" +
            "<link-entity name='contact' from='parentcustomerid' to='accountid' alias='kids' />" +
            "<link-entity name='team' from='teamid' to='owningteam' />");

        Assert.Equal("contact1", query.LinkEntities[0].EntityAlias);
        Assert.Equal("systemuser2", query.LinkEntities[0].LinkEntities[0].EntityAlias);
        Assert.Equal("kids", query.LinkEntities[1].EntityAlias);
        Assert.Equal("team4", query.LinkEntities[2].EntityAlias);
    }

    [Fact]
    public void ReadEntity_NestedLink_JoinsFromItsParentLinkTable()
    {
        LinkEntity nested = Assert.Single(Assert.Single(Query(
            "<link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'>" +
            "<link-entity name='systemuser' from='systemuserid' to='owninguser' alias='owner' link-type='outer' /></link-entity>").LinkEntities).LinkEntities);

        Assert.Equal("contact", nested.LinkFromEntityName);
        Assert.Equal("systemuser", nested.LinkToEntityName);
        Assert.Equal("owninguser", nested.LinkFromAttributeName);
        Assert.Equal("systemuserid", nested.LinkToAttributeName);
        Assert.Equal(JoinOperator.LeftOuter, nested.JoinOperator);
    }

    [Fact]
    public void ReadEntity_LinkChildren_GoToTheLinkNotTheRoot()
    {
        QueryExpression query = Query(
            "<attribute name='name' />" +
            "<link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'>" +
            "<attribute name='fullname' /><order attribute='fullname' descending='true' />" +
            "<filter type='or'><condition attribute='statecode' operator='eq' value='0' /></filter></link-entity>");
        LinkEntity link = query.LinkEntities[0];

        Assert.Equal(["name"], query.ColumnSet.Columns);
        Assert.Equal(["fullname"], link.Columns.Columns);
        Assert.Equal(OrderType.Descending, Assert.Single(link.Orders).OrderType);
        Assert.Equal(LogicalOperator.Or, link.LinkCriteria.FilterOperator);
        Assert.Equal("statecode", Assert.Single(link.LinkCriteria.Conditions).AttributeName);
        Assert.Empty(query.Orders);
        Assert.Empty(query.Criteria.Conditions);
    }

    [Fact]
    public void ReadEntity_LinkAllAttributes_SetsLinkAllColumns()
    {
        LinkEntity link = Assert.Single(Query("<link-entity name='contact' from='contactid' to='primarycontactid'><all-attributes /></link-entity>").LinkEntities);

        Assert.True(link.Columns.AllColumns);
    }

    [Fact]
    public void ReadEntity_LinkColumns_RecordTheLinkAliasInFetchColumns()
    {
        FetchQuery result = FetchXmlParser.Parse(
            "<fetch><entity name='account'><attribute name='name' /><link-entity name='contact' from='contactid' to='primarycontactid'>" +
            "<attribute name='fullname' alias='contactname' /></link-entity></entity></fetch>");

        Assert.Null(result.Columns[0].EntityAlias);
        Assert.Equal("contact1", result.Columns[1].EntityAlias);
        Assert.Equal("contactname", result.Columns[1].Alias);
    }

    [Theory]
    [InlineData("<link-entity from='a' to='b' />", "'name'")]
    [InlineData("<link-entity name='contact' to='b' />", "'from'")]
    [InlineData("<link-entity name='contact' from='a' />", "'to'")]
    [InlineData("<link-entity name='' from='a' to='b' />", "'name'")]
    public void ReadEntity_LinkWithoutNameFromOrTo_IsRefused(string link, string missing)
    {
        var error = Assert.Throws<FetchXmlException>(() => Query(link));

        Assert.Contains($"'link-entity' requires the {missing} attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntity_DuplicateLinkAlias_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => Query(
            "<link-entity name='contact' from='a' to='b' alias='x' /><link-entity name='team' from='c' to='d' alias='x' />"));

        Assert.Contains("'x' is used by another link-entity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntity_EmptyLinkAlias_IsRefused()
    {
        Assert.Throws<FetchXmlException>(() => Query("<link-entity name='contact' from='a' to='b' alias='' />"));
    }

    [Fact]
    public void ReadEntity_LinkVisibleAndIntersect_AreAcceptedAndValidated()
    {
        Assert.Single(Query("<link-entity name='teammembership' from='systemuserid' to='ownerid' visible='false' intersect='true' />").LinkEntities);
        Assert.Throws<FetchXmlException>(() => Query("<link-entity name='teammembership' from='a' to='b' intersect='yes' />"));
    }

    [Fact]
    public void ReadEntity_UnknownLinkAttribute_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => Query("<link-entity name='contact' from='a' to='b' join='left' />"));

        Assert.Contains("'join' is not valid on 'link-entity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntity_EntityWithoutName_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse("<fetch><entity /></fetch>"));

        Assert.Contains("'entity' requires the 'name' attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntity_UnknownEntityAttribute_IsRefused()
    {
        Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse("<fetch><entity name='account' alias='a' /></fetch>"));
    }

    [Fact]
    public void ReadEntity_PrefilteringAttributes_AreAccepted()
    {
        QueryExpression query = FetchXmlParser.Parse(
            "<fetch><entity name='account' enableprefiltering='1' prefilterparametername='CRM_FilteredAccount' /></fetch>").Query;

        Assert.Equal("account", query.EntityName);
    }

    [Fact]
    public void ReadEntity_TextInsideEntity_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => Query("stray"));

        Assert.Contains("cannot contain text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntity_OneFilter_BecomesTheCriteria()
    {
        QueryExpression query = Query("<filter type='or'><condition attribute='name' operator='null' /></filter>");

        Assert.Equal(LogicalOperator.Or, query.Criteria.FilterOperator);
        Assert.Single(query.Criteria.Conditions);
        Assert.Empty(query.Criteria.Filters);
    }

    [Fact]
    public void ReadEntity_SeveralFilters_AreAndedUnderOneCriteria()
    {
        QueryExpression query = Query(
            "<filter type='or'><condition attribute='a' operator='null' /></filter><filter><condition attribute='b' operator='not-null' /></filter>");

        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.Empty(query.Criteria.Conditions);
        Assert.Equal(2, query.Criteria.Filters.Count);
        Assert.Equal(LogicalOperator.Or, query.Criteria.Filters[0].FilterOperator);
        Assert.Equal("b", query.Criteria.Filters[1].Conditions[0].AttributeName);
    }

    [Fact]
    public void ReadEntity_SeveralOrders_KeepDocumentOrder()
    {
        QueryExpression query = Query("<order attribute='createdon' /><order attribute='name' descending='true' /><order attribute='accountnumber' />");

        Assert.Equal(["createdon", "name", "accountnumber"], query.Orders.Select(order => order.AttributeName));
        Assert.Equal(OrderType.Descending, query.Orders[1].OrderType);
    }
}
