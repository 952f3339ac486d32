using System.ServiceModel;
using System.Text.Json;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Plugins.Suggestions;
using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Suggestions;

/// <summary>The custom API dvs_SuggestPractices, called through LocalDataverse as any caller calls it.</summary>
public sealed class SuggestPracticesApiTests : IDisposable
{
    private readonly SuggestionOrg org = new();
    private readonly List<Guid> close = [];

    public SuggestPracticesApiTests()
    {
        for (var i = 0; i < 6; i++)
        {
            var topic = (PracticeTopic)i;
            close.Add(org.AddPractice(p => p.WithTitle($"Close {i}").WithTopic(topic).ForStages(SalesStage.Close).WithKeywords("signature"), $"BP-CLOSE-{i}"));
            org.AddPractice(p => p.WithTitle($"Qualify {i}").WithTopic(topic).ForStages(SalesStage.Qualify));
        }
    }

    public void Dispose() => org.Dispose();

    [Fact]
    public void Execute_OpportunityId_ReturnsTheSuggestShapeAndTheStepsRanking()
    {
        var deal = org.CreateOpportunity(new Entity { [OpportunitySchema.Name] = "Signing deal", [OpportunitySchema.SalesStage] = new OptionSetValue((int)SalesStage.Close) });
        org.Drain();

        using var json = Call(new() { [SuggestPracticesApi.OpportunityIdParameter] = deal });

        var root = json.RootElement;
        Assert.Equal(["opportunityId", "name", "stage", "libraryCount", "suggestions", "requested", "eligibleCount", "maxPerTopic", "note"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(deal.ToString("D"), root.GetProperty("opportunityId").GetString());
        Assert.Equal("Signing deal", root.GetProperty("name").GetString());
        Assert.Equal("Close", root.GetProperty("stage").GetString());
        Assert.Equal(12, root.GetProperty("libraryCount").GetInt32());
        Assert.Equal(5, root.GetProperty("requested").GetInt32());
        var suggestions = root.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(["rank", "practiceId", "practiceKey", "title", "topic", "score", "reasons"], suggestions[0].EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("BP-CLOSE-", suggestions[0].GetProperty("practiceKey").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(suggestions[0].GetProperty("reasons").EnumerateArray());

        // One code path: the API ranks the deal as the step ranked it for its rows.
        Assert.Equal(org.SuggestedPractices(deal), suggestions.Select(s => Guid.Parse(s.GetProperty("practiceId").GetString()!)));
    }

    [Fact]
    public void Execute_DealJsonWithTop_RanksTheWhatIfDeal()
    {
        using var json = Call(new()
        {
            [SuggestPracticesApi.DealJsonParameter] = """{"name":"What if","stage":"close","description":"signature","products":["Planning"],"estimatedValue":125000}""",
            [SuggestPracticesApi.TopParameter] = 3,
        });

        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("opportunityId").ValueKind);
        Assert.Equal("What if", root.GetProperty("name").GetString());
        var ids = root.GetProperty("suggestions").EnumerateArray().Select(s => Guid.Parse(s.GetProperty("practiceId").GetString()!)).ToList();
        Assert.Equal(3, ids.Count);
        Assert.All(ids, id => Assert.Contains(id, close));
    }

    [Fact]
    public void Execute_Called_WritesNothing()
    {
        var deal = org.CreateOpportunity(new Entity { [OpportunitySchema.SalesStage] = new OptionSetValue((int)SalesStage.Close) });
        org.Drain();
        var run = new DirectRun(org);
        org.Clock.Advance(TimeSpan.FromHours(2));
        run.SuggestApi(org.RepId, p => p[SuggestPracticesApi.OpportunityIdParameter] = deal);
        run.Counts.Reset();

        run.SuggestApi(org.RepId, p => p[SuggestPracticesApi.OpportunityIdParameter] = deal);

        Assert.Equal(0, run.Counts.Writes);
        Assert.True(run.Counts.Reads <= 4, run.Counts.ToString());
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Execute_BothOrNeitherOfOpportunityAndDeal_IsRefused(bool opportunity, bool deal)
    {
        var request = new OrganizationRequest(SuggestPracticesApi.MessageName);
        if (opportunity)
        {
            request[SuggestPracticesApi.OpportunityIdParameter] = Guid.NewGuid();
        }

        if (deal)
        {
            request[SuggestPracticesApi.DealJsonParameter] = "{}";
        }

        var message = Refusal(request);

        Assert.Contains("either OpportunityId or DealJson", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"stage": "Close" """, "DealJson is not valid JSON")]
    [InlineData("""{"a":{"b":1}""", "DealJson is not valid JSON: the object is not closed")]
    [InlineData("""{"stage":"Close"}{"stage":"Qualify"}""", "DealJson is not valid JSON: there is more after the deal's object")]
    [InlineData("""{"stage":"Close",}""", "DealJson is not valid JSON: a ',' comes right before '}'")]
    [InlineData("""{"stage":"Close}""", "DealJson is not valid JSON: a string is not closed")]
    [InlineData("{'stage':'Close'}", "DealJson is not valid JSON")]
    [InlineData("[1, 2]", "DealJson must be one JSON object, not an array")]
    [InlineData("""{"stage": 3}""", "DealJson: 'stage' must be a string, not a number")]
    [InlineData("""{"stage": "Haggle"}""", "DealJson: 'stage' 'Haggle' is not a sales stage")]
    [InlineData("""{"estimatedValue": "lots"}""", "DealJson: 'estimatedValue' must be a number, not a string")]
    [InlineData("""{"estimatedValue": -5}""", "DealJson: 'estimatedValue' is negative")]
    [InlineData("""{"decisionUnitSize": 2.5}""", "DealJson: 'decisionUnitSize' is 2.5")]
    [InlineData("""{"products": [1]}""", "DealJson: 'products' must hold strings only")]
    [InlineData("""{"practicesUsed": ["nope"]}""", "DealJson: 'practicesUsed' holds 'nope'")]
    [InlineData("""{"budget": 5}""", "DealJson: 'budget' is not a field of a deal")]
    [InlineData("""{"stage": "Close", "Stage": "Qualify"}""", "DealJson: 'stage' appears twice")]
    public void Execute_BadDealJson_IsRefusedNamingTheProblem(string dealJson, string expected)
    {
        var message = Refusal(new OrganizationRequest(SuggestPracticesApi.MessageName) { [SuggestPracticesApi.DealJsonParameter] = dealJson });

        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-1)]
    public void Execute_TopOutOfRange_IsRefused(int top)
    {
        var message = Refusal(new OrganizationRequest(SuggestPracticesApi.MessageName) { [SuggestPracticesApi.DealJsonParameter] = "{}", [SuggestPracticesApi.TopParameter] = top });

        Assert.Equal($"dvs_SuggestPractices: Top is {top}; ask for 1 to 50 suggestions.", message);
    }

    [Fact]
    public void Execute_UnknownOpportunity_IsRefusedNamingIt()
    {
        var id = Guid.NewGuid();

        var message = Refusal(new OrganizationRequest(SuggestPracticesApi.MessageName) { [SuggestPracticesApi.OpportunityIdParameter] = id });

        Assert.Equal($"dvs_SuggestPractices: opportunity {id:D} does not exist, or you cannot read it.", message);
    }

    [Fact]
    public void Execute_ParameterOfTheWrongType_IsRefusedByTheApiContract()
    {
        var message = Refusal(new OrganizationRequest(SuggestPracticesApi.MessageName) { [SuggestPracticesApi.TopParameter] = "five", [SuggestPracticesApi.DealJsonParameter] = "{}" });

        Assert.Contains("Top", message, StringComparison.Ordinal);
    }

    private JsonDocument Call(ParameterCollection parameters)
    {
        var request = new OrganizationRequest(SuggestPracticesApi.MessageName);
        foreach (var pair in parameters)
        {
            request[pair.Key] = pair.Value;
        }

        var response = org.Rep.Execute(request);
        return JsonDocument.Parse((string)response[SuggestPracticesApi.SuggestionsJsonProperty]!);
    }

    private string Refusal(OrganizationRequest request)
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Rep.Execute(request));
        return fault.Detail.Message!;
    }
}
