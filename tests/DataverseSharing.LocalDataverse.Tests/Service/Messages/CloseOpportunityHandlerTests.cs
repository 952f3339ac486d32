using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class CloseOpportunityHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Win_OpenOpportunity_ClosesItWonAndRecordsTheCloseActivity()
    {
        var opportunity = engine.CreateOpportunity();
        var actualEnd = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

        engine.Service.Execute(new WinOpportunityRequest { OpportunityClose = Close(opportunity, 1250m, actualEnd), Status = new OptionSetValue(-1) });

        var row = Read(opportunity);
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(3, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal(1250m, row.GetAttributeValue<Money>("actualvalue")!.Value);
        Assert.Equal(actualEnd, row.GetAttributeValue<DateTime>("actualclosedate"));
        var activity = Assert.Single(Activities(opportunity));
        Assert.Equal("Signed", activity.GetAttributeValue<string>("subject"));
        Assert.Equal(1, activity.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(2, activity.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    [Fact]
    public void Lose_WithStatus_ClosesItLostWithThatStatusAndTodayAsCloseDate()
    {
        var opportunity = engine.CreateOpportunity();

        engine.Service.Execute(new LoseOpportunityRequest { OpportunityClose = Close(opportunity, null, null), Status = new OptionSetValue(5) });

        var row = Read(opportunity);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(5, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal(LocalEngine.Start.UtcDateTime.Date, row.GetAttributeValue<DateTime>("actualclosedate"));
        Assert.False(row.Contains("actualvalue"));
        Assert.Single(Activities(opportunity));
    }

    [Fact]
    public void Win_AlreadyClosed_FaultsAndRecordsNoSecondActivity()
    {
        var opportunity = engine.CreateOpportunity();
        engine.Service.Execute(new LoseOpportunityRequest { OpportunityClose = Close(opportunity, null, null), Status = new OptionSetValue(-1) });

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new WinOpportunityRequest { OpportunityClose = Close(opportunity, 10m, null), Status = new OptionSetValue(-1) }));

        Assert.Contains("already closed", fault.Message);
        Assert.Equal(2, Read(opportunity).GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Single(Activities(opportunity));
    }

    [Fact]
    public void Win_StatusOfTheLostState_FaultsAndLeavesTheOpportunityOpen()
    {
        var opportunity = engine.CreateOpportunity();

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new WinOpportunityRequest { OpportunityClose = Close(opportunity, 10m, null), Status = new OptionSetValue(4) }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("4 is not a valid status code", fault.Message);
        Assert.Equal(0, Read(opportunity).GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Empty(Activities(opportunity));
    }

    [Fact]
    public void Win_MissingOpportunity_FaultsNotFound()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new WinOpportunityRequest { OpportunityClose = Close(Guid.NewGuid(), null, null), Status = new OptionSetValue(-1) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }

    [Fact]
    public void Win_CloseWithoutOpportunity_Faults()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new WinOpportunityRequest { OpportunityClose = new Entity("opportunityclose"), Status = new OptionSetValue(-1) }));

        Assert.Contains("opportunityid", fault.Message);
    }

    [Fact]
    public void Lose_GenericRequest_ClosesTheOpportunity()
    {
        var opportunity = engine.CreateOpportunity();

        engine.Service.Execute(new OrganizationRequest("LoseOpportunity") { ["OpportunityClose"] = Close(opportunity, null, null), ["Status"] = new OptionSetValue(4) });

        Assert.Equal(4, Read(opportunity).GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    private static Entity Close(Guid opportunity, decimal? revenue, DateTime? actualEnd)
    {
        var close = new Entity("opportunityclose") { ["subject"] = "Signed", ["opportunityid"] = new EntityReference("opportunity", opportunity) };
        if (revenue is { } value)
        {
            close["actualrevenue"] = new Money(value);
        }

        if (actualEnd is { } end)
        {
            close["actualend"] = end;
        }

        return close;
    }

    private Entity Read(Guid opportunity) =>
        engine.Service.Retrieve("opportunity", opportunity, new ColumnSet("statecode", "statuscode", "actualvalue", "actualclosedate"));

    private List<Entity> Activities(Guid opportunity)
    {
        var query = new QueryExpression("opportunityclose") { ColumnSet = new ColumnSet("subject", "statecode", "statuscode") };
        query.Criteria.AddCondition("opportunityid", ConditionOperator.Equal, opportunity);
        return engine.Service.RetrieveMultiple(query).Entities.ToList();
    }
}
