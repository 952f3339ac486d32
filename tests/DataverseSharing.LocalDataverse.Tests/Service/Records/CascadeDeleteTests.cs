using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Records;

/// <summary>Delete follows each relationship's cascade, as configured in the solution and the standard tables.</summary>
public sealed class CascadeDeleteTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Delete_Opportunity_DeletesItsSuggestions()
    {
        var opportunity = engine.CreateOpportunity();
        var practice = Practice();
        var suggestion = Suggestion(opportunity, practice);

        engine.Service.Delete("opportunity", opportunity);

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, LocalEngine.Fault(() => engine.Service.Retrieve("dvs_practicesuggestion", suggestion, new ColumnSet(true))).ErrorCode);
        Assert.NotNull(engine.Service.Retrieve("dvs_bestpractice", practice, new ColumnSet("dvs_name")));
    }

    [Fact]
    public void Delete_SourceOpportunity_ClearsThePracticesLink()
    {
        var opportunity = engine.CreateOpportunity();
        var practice = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "From deal", ["dvs_sourceopportunityid"] = new EntityReference("opportunity", opportunity) });

        engine.Service.Delete("opportunity", opportunity);

        Assert.False(engine.Service.Retrieve("dvs_bestpractice", practice, new ColumnSet("dvs_sourceopportunityid")).Contains("dvs_sourceopportunityid"));
    }

    [Fact]
    public void Delete_Account_CascadesThroughOpportunitiesToSuggestions()
    {
        var account = engine.CreateAccount();
        var opportunity = engine.CreateOpportunity(account: account);
        var suggestion = Suggestion(opportunity, Practice());

        engine.Service.Delete("account", account);

        Assert.Empty(engine.Service.RetrieveMultiple(new QueryExpression("opportunity")).Entities);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, LocalEngine.Fault(() => engine.Service.Retrieve("dvs_practicesuggestion", suggestion, new ColumnSet(true))).ErrorCode);
    }

    [Fact]
    public void Delete_ContactCustomerOfAnOpportunity_LeavesAccountCustomersAlone()
    {
        var account = engine.CreateAccount();
        var onAccount = engine.CreateOpportunity(account: account);
        var contact = engine.Service.Create(new Entity("contact") { ["lastname"] = "Ng" });
        engine.Service.Create(new Entity("opportunity") { ["name"] = "On contact", ["customerid"] = new EntityReference("contact", contact) });

        engine.Service.Delete("contact", contact);

        Assert.Equal([onAccount], engine.Service.RetrieveMultiple(new QueryExpression("opportunity")).Entities.Select(e => e.Id));
    }

    [Fact]
    public void Delete_BusinessUnitWithUsers_IsRestricted()
    {
        var unit = engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales" });
        engine.Service.Create(new Entity("systemuser") { ["lastname"] = "Ng", ["domainname"] = "ng@contoso.com", ["businessunitid"] = new EntityReference("businessunit", unit) });

        var fault = LocalEngine.Fault(() => engine.Service.Delete("businessunit", unit));

        Assert.Equal(unchecked((int)0x80040227), fault.ErrorCode);
        Assert.NotNull(engine.Service.Retrieve("businessunit", unit, new ColumnSet("name")));
    }

    [Fact]
    public void Delete_Practice_RemovesItsContributorAssociations()
    {
        var practice = Practice();
        var user = User();
        engine.Service.Associate("dvs_bestpractice", practice, new Relationship("dvs_bestpractice_contributor"), [new EntityReference("systemuser", user)]);

        engine.Service.Delete("dvs_bestpractice", practice);

        Assert.Empty(engine.Service.RetrieveMultiple(new QueryExpression("dvs_bestpractice_contributor") { ColumnSet = new ColumnSet(true) }).Entities);
    }

    private Guid Practice() => engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Practice" });

    private Guid Suggestion(Guid opportunity, Guid practice) => engine.Service.Create(new Entity("dvs_practicesuggestion")
    {
        ["dvs_name"] = "Suggested",
        ["dvs_opportunityid"] = new EntityReference("opportunity", opportunity),
        ["dvs_bestpracticeid"] = new EntityReference("dvs_bestpractice", practice),
    });

    private Guid User()
    {
        var unit = engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales" });
        return engine.Service.Create(new Entity("systemuser") { ["lastname"] = "Ng", ["domainname"] = "ng@contoso.com", ["businessunitid"] = new EntityReference("businessunit", unit) });
    }
}
