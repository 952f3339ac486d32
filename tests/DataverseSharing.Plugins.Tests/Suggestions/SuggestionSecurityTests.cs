using System.ServiceModel;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Plugins.Suggestions;
using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Suggestions;

/// <summary>Suggestions for a rep who may not read practices, with security enforced.</summary>
public sealed class SuggestionSecurityTests : IDisposable
{
    private readonly SuggestionOrg org = new(enforceSecurity: true);
    private readonly Guid salesperson;

    public SuggestionSecurityTests()
    {
        for (var i = 0; i < 3; i++)
        {
            var topic = (PracticeTopic)i;
            org.AddPractice(p => p.WithTopic(topic).ForStages(SalesStage.Develop));
        }

        salesperson = org.AddUser("Sam Seller", "Salesperson");
    }

    public void Dispose() => org.Dispose();

    [Fact]
    public void SuggestStep_SavedByAUserWithoutReadOnPractices_StillWritesTheDealsSuggestions()
    {
        var rep = org.Organization.ServiceAs(salesperson);
        var deal = org.CreateOpportunity(new Entity { [OpportunitySchema.SalesStage] = new OptionSetValue((int)SalesStage.Develop) }, rep);

        org.Drain();

        Assert.Equal(3, org.Suggestions(deal).Count);
        Assert.All(org.Suggestions(deal), r => Assert.Equal(salesperson, r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.Owner)!.Id));
    }

    [Fact]
    public void SuggestApi_CallerWithoutReadOnPractices_IsRefusedWithThePrivilege()
    {
        var rep = org.Organization.ServiceAs(salesperson);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            rep.Execute(new OrganizationRequest(SuggestPracticesApi.MessageName) { [SuggestPracticesApi.DealJsonParameter] = "{}" }));

        Assert.Contains("prvReaddvs_bestpractice", fault.Detail.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SuggestApi_CallerWithTheContributorRole_GetsSuggestions()
    {
        var contributor = org.AddUser("Casey Contributor", "Salesperson", "Practice Contributor");

        var response = org.Organization.ServiceAs(contributor).Execute(new OrganizationRequest(SuggestPracticesApi.MessageName) { [SuggestPracticesApi.DealJsonParameter] = """{"stage":"Develop"}""" });

        Assert.Contains("\"libraryCount\":3", (string)response[SuggestPracticesApi.SuggestionsJsonProperty]!, StringComparison.Ordinal);
    }
}
