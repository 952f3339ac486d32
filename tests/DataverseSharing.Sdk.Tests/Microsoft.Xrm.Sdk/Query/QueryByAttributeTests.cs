using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk.Query;

public class QueryByAttributeTests
{
    [Fact]
    public void AddAttributeValue_Pairs_KeepsAttributesAndValuesParallel()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };

        query.AddAttributeValue("statecode", 0);
        query.AddAttributeValue("name", "Contoso");
        query.AddOrder("name", OrderType.Ascending);

        Assert.Equal(["statecode", "name"], query.Attributes);
        Assert.Equal(new object[] { 0, "Contoso" }, query.Values);
        Assert.Single(query.Orders);
    }

    [Fact]
    public void FetchExpression_Constructor_KeepsTheFetchXml()
    {
        Assert.Equal("<fetch />", new FetchExpression("<fetch />").Query);
    }
}
