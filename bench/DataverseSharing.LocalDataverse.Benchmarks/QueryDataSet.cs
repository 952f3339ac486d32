using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// The rows the RetrieveMultiple suite queries, generated from a fixed seed: 1,000 accounts over 10 industries,
/// 100,000 opportunities with estimated values spread evenly from 1,000 to 1,000,000, 50 best practices, and
/// 50 suggestions (one per practice) on each of the first 2,000 opportunities: 100,000 suggestions.
/// </summary>
public static class QueryDataSet
{
    public const int Accounts = 1_000;
    public const int Opportunities = 100_000;
    public const int Practices = 50;
    public const int SuggestedOpportunities = 2_000;
    public const int SuggestionsPerOpportunity = 50;
    public const int Suggestions = SuggestedOpportunities * SuggestionsPerOpportunity;

    /// <summary>Industry choice values the accounts cycle through (standard account.industrycode).</summary>
    public const int IndustryCount = 10;

    public const int Seed = 20260115;

    public static IEnumerable<Entity> AccountRows()
    {
        for (var i = 0; i < Accounts; i++)
        {
            yield return new Entity("account", SeedIds.For(SeedIds.Account, i))
            {
                ["name"] = $"Account {i:D4}",
                ["accountnumber"] = $"AC-{i:D6}",
                ["industrycode"] = new OptionSetValue(1 + (i % IndustryCount)),
                ["numberofemployees"] = 10 + (i * 37 % 5_000),
            };
        }
    }

    public static IEnumerable<Entity> OpportunityRows()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Opportunities; i++)
        {
            yield return new Entity("opportunity", SeedIds.For(SeedIds.Opportunity, i))
            {
                ["name"] = $"Opportunity {i:D6}",
                ["parentaccountid"] = new EntityReference("account", SeedIds.For(SeedIds.Account, random.Next(Accounts))),
                ["estimatedvalue"] = new Money(random.Next(1_000, 1_000_000)),
                ["salesstage"] = new OptionSetValue(random.Next(4)),
            };
        }
    }

    public static IEnumerable<Entity> PracticeRows()
    {
        for (var i = 0; i < Practices; i++)
        {
            yield return new Entity("dvs_bestpractice", SeedIds.For(SeedIds.Practice, i))
            {
                ["dvs_name"] = $"Practice {i:D2}",
                ["dvs_practicekey"] = $"practice-{i:D2}",
                ["dvs_topic"] = new OptionSetValue(617420000 + (i % 11)),
            };
        }
    }

    public static IEnumerable<Entity> SuggestionRows()
    {
        var random = new Random(Seed + 1);
        for (var o = 0; o < SuggestedOpportunities; o++)
        {
            for (var p = 0; p < SuggestionsPerOpportunity; p++)
            {
                var index = (o * SuggestionsPerOpportunity) + p;
                yield return new Entity("dvs_practicesuggestion", SeedIds.For(SeedIds.Suggestion, index))
                {
                    ["dvs_name"] = $"Practice {p:D2}",
                    ["dvs_opportunityid"] = new EntityReference("opportunity", SeedIds.For(SeedIds.Opportunity, o)),
                    ["dvs_bestpracticeid"] = new EntityReference("dvs_bestpractice", SeedIds.For(SeedIds.Practice, p)),
                    ["dvs_rank"] = p + 1,
                    ["dvs_score"] = Math.Round((decimal)random.NextDouble() * 100m, 4),
                };
            }
        }
    }
}
