using DataverseSharing.Domain.Deals;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Plugins.Suggestions;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Suggestions;

/// <summary>
/// Calls the custom API dvs_SuggestPractices through the organization service, as the form panel does, so the console
/// and the form rank through one code path. The response is the <c>suggest --json</c> document.
/// </summary>
public static class SuggestPracticesCall
{
    public static JObject ForOpportunity(IOrganizationService service, Guid opportunityId, int top) =>
        Execute(service, new OrganizationRequest(SuggestPracticesApi.MessageName)
        {
            [SuggestPracticesApi.OpportunityIdParameter] = opportunityId,
            [SuggestPracticesApi.TopParameter] = top,
        });

    /// <summary>Ranks a deal that is not in the org (a deal file, already checked by <see cref="DealFileReader"/>).</summary>
    public static JObject ForDeal(IOrganizationService service, string name, DealContext deal, int top) =>
        Execute(service, new OrganizationRequest(SuggestPracticesApi.MessageName)
        {
            [SuggestPracticesApi.DealJsonParameter] = DealJsonOf(name, deal),
            [SuggestPracticesApi.TopParameter] = top,
        });

    /// <summary>The DealJson parameter for a deal: the deal file's fields (docs/console.md), lists as arrays.</summary>
    public static string DealJsonOf(string name, DealContext deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var json = new JObject
        {
            [DealFileReader.Name] = name,
            [DealFileReader.Industry] = deal.Industry,
            [DealFileReader.Region] = deal.Region,
            [DealFileReader.Stage] = deal.Stage?.ToString(),
            [DealFileReader.EstimatedValue] = deal.EstimatedValue,
            [DealFileReader.Products] = new JArray(deal.Products),
            [DealFileReader.Competitors] = new JArray(deal.Competitors),
            [DealFileReader.BuyerRoles] = new JArray(deal.BuyerRoles),
            [DealFileReader.DecisionUnitSize] = deal.DecisionUnitSize,
            [DealFileReader.Description] = deal.Description,
            [DealFileReader.PracticesUsed] = new JArray(deal.PracticesUsed),
            [DealFileReader.DismissedPracticeIds] = new JArray(deal.DismissedPracticeIds),
            [DealFileReader.TeamDismissedPracticeIds] = new JArray(deal.TeamDismissedPracticeIds),
        };
        return json.ToString(Formatting.None);
    }

    private static JObject Execute(IOrganizationService service, OrganizationRequest request)
    {
        var response = service.Execute(request);
        var text = response.Results.TryGetValue(SuggestPracticesApi.SuggestionsJsonProperty, out var value) ? value as string : null;
        if (text is null)
        {
            throw new InvalidOperationException($"{SuggestPracticesApi.MessageName} returned no {SuggestPracticesApi.SuggestionsJsonProperty}.");
        }

        // Doubles stay doubles (a score of 2 prints as 2.0, as it always has), so the document reads as before.
        using var reader = new JsonTextReader(new StringReader(text)) { FloatParseHandling = FloatParseHandling.Double, DateParseHandling = DateParseHandling.None };
        var document = JObject.Load(reader);
        foreach (var suggestion in document["suggestions"]?.Children<JObject>() ?? [])
        {
            AsDouble(suggestion, "score");
            foreach (var reason in suggestion["reasons"]?.Children<JObject>() ?? [])
            {
                AsDouble(reason, "contribution");
            }
        }

        return document;
    }

    private static void AsDouble(JObject item, string name)
    {
        if (item[name] is JValue { Type: JTokenType.Integer } value)
        {
            item[name] = (double)value;
        }
    }
}
