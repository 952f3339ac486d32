using System.Xml.Linq;
using DataverseSharing.WebApi.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Tests.Query;

public class FetchXmlBuilderTests
{
    [Fact]
    public void Build_QueryExpression_WritesColumnsFiltersOrdersAndPaging()
    {
        var owner = Guid.NewGuid();
        var query = new QueryExpression("account")
        {
            ColumnSet = new ColumnSet("name", "revenue"),
            Distinct = true,
            PageInfo = new PagingInfo { Count = 50, PageNumber = 2, PagingCookie = "<cookie page=\"1\"><accountid last=\"{X}\" /></cookie>" },
        };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, new EntityReference("systemuser", owner));
        var or = query.Criteria.AddFilter(LogicalOperator.Or);
        or.AddCondition("industrycode", ConditionOperator.In, new OptionSetValue(1), new OptionSetValue(2));
        or.AddCondition("name", ConditionOperator.Null);
        query.AddOrder("name", OrderType.Descending);

        var fetch = XElement.Parse(FetchXmlBuilder.Build(query));

        Assert.Equal(("true", "50", "2"), (fetch.Attribute("distinct")?.Value, fetch.Attribute("count")?.Value, fetch.Attribute("page")?.Value));
        Assert.Equal("<cookie page=\"1\"><accountid last=\"{X}\" /></cookie>", fetch.Attribute("paging-cookie")?.Value);
        var entity = fetch.Element("entity")!;
        Assert.Equal(["name", "revenue"], entity.Elements("attribute").Select(a => a.Attribute("name")!.Value));
        Assert.Equal("true", entity.Element("order")!.Attribute("descending")!.Value);
        var filter = entity.Element("filter")!;
        Assert.Equal(owner.ToString("D"), filter.Element("condition")!.Attribute("value")!.Value);
        var inner = filter.Element("filter")!;
        Assert.Equal("or", inner.Attribute("type")!.Value);
        var conditions = inner.Elements("condition").ToList();
        Assert.Equal(["1", "2"], conditions[0].Elements("value").Select(v => v.Value));
        Assert.Equal("null", conditions[1].Attribute("operator")!.Value);
        Assert.Null(conditions[1].Attribute("value"));
    }

    [Fact]
    public void Build_LinkEntity_WritesFromToAliasAndItsOwnColumns()
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        var link = query.AddLink("account", "parentcustomerid", "accountid", JoinOperator.LeftOuter);
        link.EntityAlias = "acct";
        link.Columns = new ColumnSet("name");
        link.LinkCriteria.AddCondition("name", ConditionOperator.BeginsWith, "Con");

        var linked = XElement.Parse(FetchXmlBuilder.Build(query)).Element("entity")!.Element("link-entity")!;

        Assert.Equal(("account", "accountid", "parentcustomerid", "outer", "acct"), (
            linked.Attribute("name")!.Value, linked.Attribute("from")!.Value, linked.Attribute("to")!.Value,
            linked.Attribute("link-type")!.Value, linked.Attribute("alias")!.Value));
        Assert.Equal("name", linked.Element("attribute")!.Attribute("name")!.Value);
        Assert.Equal("begins-with", linked.Element("filter")!.Element("condition")!.Attribute("operator")!.Value);
    }

    [Fact]
    public void Build_QueryByAttribute_IsEqualConditions()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet(true), TopCount = 3 };
        query.AddAttributeValue("name", "Contoso");

        var fetch = XElement.Parse(FetchXmlBuilder.Build(query));

        Assert.Equal("3", fetch.Attribute("top")!.Value);
        Assert.NotNull(fetch.Element("entity")!.Element("all-attributes"));
        var condition = fetch.Element("entity")!.Element("filter")!.Element("condition")!;
        Assert.Equal(("name", "eq", "Contoso"), (condition.Attribute("attribute")!.Value, condition.Attribute("operator")!.Value, condition.Attribute("value")!.Value));
    }

    [Fact]
    public void PagingCookieOf_Annotation_IsTheInnerCookieDecodedTwice()
    {
        const string annotation = "<cookie pagenumber=\"2\" pagingcookie=\"%253ccookie%2520page%253d%25221%2522%253e%253caccountid%2520last%253d%2522%257bA%257d%2522%2520%252f%253e%253c%252fcookie%253e\" istracking=\"False\" />";

        Assert.Equal("<cookie page=\"1\"><accountid last=\"{A}\" /></cookie>", PageReader.PagingCookieOf(annotation));
    }

    [Fact]
    public void Rows_Page_StreamsRowsAndReadsTheAnnotationsAfterThem()
    {
        var json = "{\"@odata.context\":\"x\",\"value\":[{\"a\":1},{\"a\":2}],\"@odata.nextLink\":\"http://h/next\",\"@Microsoft.Dynamics.CRM.morerecords\":true}";
        var reader = new PageReader();

        var rows = reader.Rows(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).ToList();

        Assert.Equal([1, 2], rows.Select(r => r.Value<int>("a")));
        Assert.Equal("http://h/next", reader.NextLink);
        Assert.True(reader.MoreRecords);
    }
}
