using DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk.Messages;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Crm.Sdk.Proxy.Messages;

public class CrmMessageTests
{
    private static readonly EntityReference Opportunity = new("opportunity", Guid.NewGuid());

    [Fact]
    public void WinAndLoseOpportunityRequests_Values_StoredAsOpportunityCloseAndStatus()
    {
        var close = new Entity("opportunityclose") { ["opportunityid"] = Opportunity };
        var status = new OptionSetValue(3);

        AssertRequest(new WinOpportunityRequest { OpportunityClose = close, Status = status }, "WinOpportunity", close, status);
        AssertRequest(new LoseOpportunityRequest { OpportunityClose = close, Status = status }, "LoseOpportunity", close, status);
    }

    [Fact]
    public void SetStateRequest_Values_StoredAsEntityMonikerStateAndStatus()
    {
        var request = new SetStateRequest { EntityMoniker = Opportunity, State = new OptionSetValue(1), Status = new OptionSetValue(3) };

        RequestParameterTests.AssertRequest(
            request, "SetState", ("EntityMoniker", Opportunity), ("State", new OptionSetValue(1)), ("Status", new OptionSetValue(3)));
        Assert.Equal(new OptionSetValue(1), request.State);
    }

    [Fact]
    public void AssignRequest_Values_StoredAsTargetAndAssignee()
    {
        var assignee = new EntityReference("systemuser", Guid.NewGuid());

        var request = new AssignRequest { Target = Opportunity, Assignee = assignee };

        RequestParameterTests.AssertRequest(request, "Assign", ("Target", Opportunity), ("Assignee", assignee));
    }

    [Fact]
    public void WhoAmIAndRetrieveVersionRequests_New_HaveTheirNamesAndNoParameters()
    {
        Assert.Equal(("WhoAmI", 0), (new WhoAmIRequest().RequestName, new WhoAmIRequest().Parameters.Count));
        Assert.Equal("RetrieveVersion", new RetrieveVersionRequest().RequestName);
    }

    [Fact]
    public void WhoAmIResponse_Results_ReadUserBusinessUnitAndOrganization()
    {
        Guid user = Guid.NewGuid(), unit = Guid.NewGuid(), organization = Guid.NewGuid();

        var response = new WhoAmIResponse { Results = { ["UserId"] = user, ["BusinessUnitId"] = unit, ["OrganizationId"] = organization } };

        Assert.Equal((user, unit, organization), (response.UserId, response.BusinessUnitId, response.OrganizationId));
    }

    [Fact]
    public void RetrieveVersionResponse_Results_ReadsVersion()
    {
        Assert.Equal("9.2.0.0", new RetrieveVersionResponse { Results = { ["Version"] = "9.2.0.0" } }.Version);
    }

    private static void AssertRequest(OrganizationRequest request, string name, Entity close, OptionSetValue status)
    {
        RequestParameterTests.AssertRequest(request, name, ("OpportunityClose", close), ("Status", status));
    }
}
