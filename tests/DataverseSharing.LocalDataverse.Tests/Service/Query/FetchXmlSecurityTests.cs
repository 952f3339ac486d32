using DataverseSharing.LocalDataverse.Query.Fetch;
using DataverseSharing.LocalDataverse.Tests.Security.Enforcement;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

/// <summary>FetchXML is narrowed to the caller's read scope like QueryExpression, aggregates included.</summary>
public sealed class FetchXmlSecurityTests : IDisposable
{
    private const int MissingPrivilege = -2147220960;
    private const string Names = "<fetch><entity name='opportunity'><attribute name='name' /><order attribute='name' /></entity></fetch>";

    private readonly SecuredOrg org = new();

    public FetchXmlSecurityTests()
    {
        org.OpportunityOf(org.Rep, "A rep");
        org.OpportunityOf(org.OtherRep, "B colleague");
        org.OpportunityOf(org.Manager, "C manager");
        org.OpportunityOf(org.UsRep, "D us");
    }

    public void Dispose() => org.Dispose();

    [Fact]
    public void Fetch_AsRep_SeesOnlyRowsInTheRepsDepth()
    {
        Assert.Equal(["A rep", "B colleague"], NamesFor(org.Rep));
        Assert.Equal(["D us"], NamesFor(org.UsRep));
        Assert.Equal(["A rep", "B colleague", "C manager", "D us"], NamesFor(org.Admin));
    }

    [Fact]
    public void Fetch_Aggregate_AsRep_CountsOnlyReadableRows()
    {
        var row = Assert.Single(org.As(org.Rep).RetrieveMultiple(new FetchExpression(
            "<fetch aggregate='true'><entity name='opportunity'><attribute name='opportunityid' alias='n' aggregate='count' /></entity></fetch>")).Entities);

        Assert.Equal(2, row.GetAttributeValue<AliasedValue>("n")!.Value);
    }

    [Fact]
    public void Fetch_UserWithoutReadPrivilege_Faults()
    {
        var fault = LocalEngine.Fault(() => NamesFor(org.NoRole));

        Assert.Equal(MissingPrivilege, fault.ErrorCode);
    }

    [Fact]
    public void Fetch_CallersRequest_KeepsItsFetchExpression()
    {
        var fetch = new FetchExpression(Names);
        var request = new RetrieveMultipleRequest { Query = fetch };

        var rows = ((RetrieveMultipleResponse)org.As(org.Rep).Execute(request)).EntityCollection.Entities;

        Assert.Equal(["A rep", "B colleague"], rows.Select(e => e.GetAttributeValue<string>("name")));
        Assert.Same(fetch, request.Query);
    }

    [Fact]
    public void Fetch_ParsedQueryRunAsQueryExpression_IsNarrowedToo()
    {
        var parsed = FetchXmlParser.Parse(Names);

        var rows = org.As(org.Rep).RetrieveMultiple(parsed.Query).Entities;

        Assert.Equal(["A rep", "B colleague"], rows.Select(e => e.GetAttributeValue<string>("name")));
    }

    private List<string?> NamesFor(Guid user) =>
        org.As(user).RetrieveMultiple(new FetchExpression(Names)).Entities.Select(e => e.GetAttributeValue<string>("name")).ToList();
}
