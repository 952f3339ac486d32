using DataverseSharing.LocalDataverse.Security;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>A query narrowed to the caller's readable rows still applies the caller's own filter.</summary>
public sealed class ScopedQueryTests : IDisposable
{
    private readonly SecuredOrg org = new();

    public void Dispose() => org.Dispose();

    [Fact]
    public void Apply_QueryWithFilterAsSalesperson_KeepsTheCallersFilter()
    {
        org.OpportunityOf(org.Rep, "Wanted");
        org.OpportunityOf(org.Rep, "Other");
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "Wanted");

        var rows = org.As(org.Rep).RetrieveMultiple(query).Entities;

        Assert.Equal("Wanted", Assert.Single(rows).GetAttributeValue<string>("name"));
    }
}
