using System.Net.Http.Headers;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Integration.Suggestions;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Serve;
using DataverseSharing.Testing.Engine;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.WebApi.Tests.Loopback;

public sealed class SuggestBudgetTests
{
    [Fact]
    public async Task Suggest_ThroughTheConnector_UsesAtMostFourRequestsAndRanksAsInProcess()
    {
        using var org = new SuggestionOrg();
        for (var i = 0; i < 20; i++)
        {
            org.AddPractice(p => p.WithTitle($"Practice {i}").WithTopic(PracticeTopic.Discovery));
        }

        var opportunity = org.CreateOpportunity(new Entity(OpportunitySchema.Table) { [OpportunitySchema.Name] = "Budget deal" });
        org.Drain();
        await using var server = await LocalWebApiServer.StartAsync(org.Organization, new LocalWebApiServerOptions { DefaultUserId = org.RepId });
        var counter = new RequestCounter { InnerHandler = new SocketsHttpHandler() };
        using var client = new HttpClient(counter) { BaseAddress = new Uri(server.Url, "/api/data/v9.2/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        using var service = new WebApiOrganizationService(client);

        // As the console does on an environment: prove the connection, find the deal by name, rank on the server.
        service.Execute(new WhoAmIRequest());
        var row = OpportunityFinder.Find(service, "Budget deal", DealReader.OpportunityColumns);
        var remote = SuggestPracticesCall.ForOpportunity(service, row.Id, 5);
        var local = SuggestPracticesCall.ForOpportunity(org.Rep, opportunity, 5);

        Assert.Equal(opportunity, row.Id);
        Assert.True(counter.Count <= 4, $"suggest took {counter.Count} requests: {string.Join(" | ", counter.Sent)}");
        Assert.Equal(local.ToString(), remote.ToString());
    }
}
