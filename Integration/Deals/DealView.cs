using System.Globalization;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// The JSON shape of <c>deal show --json</c> (docs/console.md); the text view prints the same fields under
/// <see cref="Labels"/>, the owner by name.
/// </summary>
public static class DealView
{
    public static readonly (string Label, string Key)[] Labels =
    {
        ("Status", "status"), ("Status reason", "statusReason"), ("Stage", "stage"), ("Step", "stepName"), ("Estimated value", "estimatedValue"), ("Close date", "estimatedCloseDate"),
        ("Probability", "closeProbability"), ("Owner", "ownerName"), ("Products", "products"), ("Competitors", "competitors"),
        ("Buyer roles", "buyerRoles"), ("Decision unit", "decisionUnitSize"), ("Region", "region"), ("Description", "description"),
        ("Pain points", "customerPainPoints"),
    };

    public static JObject From(DealSnapshot deal)
    {
        var o = deal.Opportunity;
        var owner = o.GetAttributeValue<EntityReference>(OpportunitySchema.Owner);
        return new JObject
        {
            ["opportunityId"] = deal.Id.ToString("D"),
            ["name"] = deal.Name,
            // The state: Open, Won or Lost. The status reason (In Progress, Out-Sold, ...) is beside it.
            ["status"] = StateName(o.GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)?.Value),
            ["statusReason"] = Formatted(o, OpportunitySchema.StatusCode),
            ["stage"] = deal.Context.Stage?.ToString(),
            ["stepName"] = o.GetAttributeValue<string>(OpportunitySchema.StepName),
            ["estimatedValue"] = o.GetAttributeValue<Money>(OpportunitySchema.EstimatedValue)?.Value,
            ["estimatedCloseDate"] = o.GetAttributeValue<DateTime?>(OpportunitySchema.EstimatedCloseDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["closeProbability"] = o.GetAttributeValue<int?>("closeprobability"),
            ["owner"] = owner?.Id.ToString("D"),

            // Added beside "owner" (the id stays as it was: shapes only ever gain fields). Retrieve fills a lookup's
            // Name with the user's or team's primary name, so no second read is needed.
            ["ownerName"] = string.IsNullOrWhiteSpace(owner?.Name) ? null : owner.Name,
            ["products"] = new JArray(deal.Context.Products),
            ["competitors"] = new JArray(deal.Context.Competitors),
            ["buyerRoles"] = new JArray(deal.Context.BuyerRoles),
            ["decisionUnitSize"] = deal.Context.DecisionUnitSize,
            ["region"] = deal.Context.Region,
            ["description"] = o.GetAttributeValue<string>(OpportunitySchema.Description),
            ["customerPainPoints"] = o.GetAttributeValue<string>(OpportunitySchema.CustomerPainPoints),
            ["version"] = deal.Version,
            ["account"] = deal.Account is null ? null : new JObject
            {
                ["accountId"] = deal.Account.Id.ToString("D"),
                ["name"] = deal.Account.GetAttributeValue<string>(AccountSchema.Name),
                ["industry"] = deal.Context.Industry,
                ["region"] = deal.Account.GetAttributeValue<string>(AccountSchema.Region),

                // Derived on every read from the account's applied suggestion rows and their deals' states.
                ["practicesUsed"] = new JArray(deal.PracticesUsed.Select(u => new JObject
                {
                    ["practiceId"] = u.PracticeId,
                    ["practiceKey"] = u.PracticeKey,
                    ["outcome"] = u.Outcome.ToString(),
                })),
            },
            ["suggestions"] = new JArray(deal.Suggestions.Select(s => new JObject
            {
                ["practiceId"] = s.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)?.Id.ToString("D"),
                ["practiceKey"] = DealReader.PracticeKeyOf(s),
                ["title"] = s.GetAttributeValue<string>(PracticeSuggestionSchema.Name),
                ["rank"] = s.GetAttributeValue<int?>(PracticeSuggestionSchema.Rank),
                ["status"] = StatusName(s.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)?.Value),
                ["rating"] = s.GetAttributeValue<int?>(PracticeSuggestionSchema.Rating),
                ["dismissReason"] = s.GetAttributeValue<string>(PracticeSuggestionSchema.DismissReason),
                ["reasons"] = s.GetAttributeValue<string>(PracticeSuggestionSchema.Reasons),
            })),
        };
    }

    private static string? Formatted(Entity row, string column) =>
        row.FormattedValues.Contains(column) ? row.FormattedValues[column] : row.GetAttributeValue<OptionSetValue>(column)?.Value.ToString(CultureInfo.InvariantCulture);

    private static string StateName(int? state) => state switch
    {
        OpportunitySchema.StateWon => "Won",
        OpportunitySchema.StateLost => "Lost",
        _ => "Open",
    };

    private static string StatusName(int? status) => status switch
    {
        PracticeSuggestionSchema.StatusApplied => "Applied",
        PracticeSuggestionSchema.StatusDismissed => "Dismissed",
        _ => "Suggested",
    };
}
