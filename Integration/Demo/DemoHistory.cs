using DataverseSharing.Domain.Learning;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;

namespace DataverseSharing.Integration.Demo;

/// <summary>
/// Gives the demo org a past consistent with itself: on each closed deal reps applied a few practices that fit it;
/// each practice has a hidden quality that moves the win chance; the deal's outcome is drawn from that. Each closed
/// deal also keeps the rows of practices that were suggested and not used (up to the suggest step's default count of
/// rows a deal), as the suggest step left them: they are the baseline's facts. Open deals get some feedback too:
/// practices applied so far, and some dismissed. The practices' statistics are then counted from those rows with the
/// Domain's <see cref="DerivedStatistics"/>, as the outcome and feedback steps count them, so a recount of any
/// practice finds the numbers the demo shows.
/// </summary>
public static class DemoHistory
{
    private const double BaseWinRate = 0.42;

    // dvs_SuggestionCount's default: the rows the suggest step keeps on a deal.
    private const int RowsPerDeal = 5;

    private static readonly string[] DismissReasons =
    {
        "Not relevant: the customer already chose the platform.",
        "We did this last quarter with the same account.",
        "Too early for this deal.",
        "Customer's procurement does not allow it.",
    };

    public static (IReadOnlyList<DemoDeal> Deals, IReadOnlyList<DemoPractice> Practices, IReadOnlyList<DemoSuggestion> Suggestions) Apply(
        SeededGuids ids, Random random, IReadOnlyList<DemoDeal> deals, IReadOnlyList<DemoPractice> practices, IReadOnlyList<DemoAccount> accounts)
    {
        var industryOf = accounts.ToDictionary(a => a.Id, a => DemoVocabulary.IndustryLabel(a.IndustryCode));

        // Only the templates' base practices take part in the history; generated variants start without evidence.
        var approved = practices.Where(p => p.Status == PracticeStatus.Approved && p.Practice.Regions.Count == 0).ToList();
        var quality = approved.ToDictionary(p => p.Practice.Id, _ => (random.NextDouble() * 0.40) - 0.12);
        var finalDeals = new List<DemoDeal>(deals.Count);
        var suggestions = new List<DemoSuggestion>();

        foreach (var deal in deals)
        {
            var fitting = approved.Where(p => Fits(p.Practice, deal, industryOf[deal.AccountId])).ToList();
            if (deal.State != DemoDeals.Undecided)
            {
                finalDeals.Add(deal);
                AddOpenFeedback(ids, random, deal, fitting, suggestions);
                continue;
            }

            var picks = fitting.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
            var winChance = Math.Clamp(BaseWinRate + picks.Sum(p => quality[p.Practice.Id]), 0.05, 0.95);
            var won = random.NextDouble() < winChance;
            finalDeals.Add(won
                ? deal with { State = OpportunitySchema.StateWon, Stage = SalesStage.Close }
                : deal with { State = OpportunitySchema.StateLost, Stage = (SalesStage)random.Next(0, 4), CloseProbability = 0 });
            var rank = 1;
            foreach (var pick in picks)
            {
                suggestions.Add(new DemoSuggestion(ids.Next(), deal.Id, Guid.Parse(pick.Practice.Id), pick.Practice.Title, rank++, 0m,
                    PracticeSuggestionSchema.StatusApplied, null, deal.OwnerId));
            }

            // The rest of what was suggested on the deal and left as it was: the comparison "without the practice".
            foreach (var unused in fitting.Except(picks).OrderBy(_ => random.Next()).Take(RowsPerDeal - picks.Count))
            {
                suggestions.Add(new DemoSuggestion(ids.Next(), deal.Id, Guid.Parse(unused.Practice.Id), unused.Practice.Title, rank++, 0m,
                    PracticeSuggestionSchema.StatusSuggested, null, deal.OwnerId));
            }
        }

        var dealsById = finalDeals.ToDictionary(d => d.Id);
        var factsOf = suggestions.ToLookup(s => s.PracticeId, s => Fact(s, dealsById[s.DealId], industryOf));
        var counted = practices.Select(p => p.Status == PracticeStatus.Approved
            ? p with { Practice = p.Practice with { Effectiveness = DerivedStatistics.From(p.Practice, factsOf[Guid.Parse(p.Practice.Id)]) } }
            : p).ToList();
        return (finalDeals, counted, suggestions);
    }

    // A row as the statistics read it back (Plugins/Feedback/SuggestionFacts): the deal's state, size band,
    // competitors and its account's industry label.
    private static SuggestionFact Fact(DemoSuggestion suggestion, DemoDeal deal, Dictionary<Guid, string> industryOf) => new()
    {
        OpportunityId = deal.Id.ToString("D"),
        Status = suggestion.StatusCode switch
        {
            PracticeSuggestionSchema.StatusApplied => FeedbackStatus.Applied,
            PracticeSuggestionSchema.StatusDismissed => FeedbackStatus.Dismissed,
            _ => FeedbackStatus.Suggested,
        },
        Won = deal.State == OpportunitySchema.StateWon ? true : deal.State == OpportunitySchema.StateLost ? false : null,
        Industry = industryOf[deal.AccountId],
        SizeBand = deal.EstimatedValue >= 0 ? DealSizeBands.FromEstimatedValue(deal.EstimatedValue) : null,
        Competitors = deal.Competitors,
    };

    /// <summary>Whether a practice could have been used on a deal: its industries, products, competitors and roles fit.</summary>
    public static bool Fits(Practice practice, DemoDeal deal, string industry) =>
        (practice.Industries.Count == 0 || practice.Industries.Contains(industry, StringComparer.OrdinalIgnoreCase))
        && (practice.ProductFamilies.Count == 0 || practice.ProductFamilies.Intersect(deal.Products, StringComparer.OrdinalIgnoreCase).Any())
        && (practice.Competitors.Count == 0 || practice.Competitors.Intersect(deal.Competitors, StringComparer.OrdinalIgnoreCase).Any())
        && (practice.BuyerRoles.Count == 0 || practice.BuyerRoles.Intersect(deal.BuyerRoles, StringComparer.OrdinalIgnoreCase).Any());

    // The showcase deal stays clean so the README's tour shows the ranking itself, not feedback.
    private static void AddOpenFeedback(SeededGuids ids, Random random, DemoDeal deal, List<DemoPractice> fitting, List<DemoSuggestion> suggestions)
    {
        if (deal.Name == DemoDeals.ShowcaseName || fitting.Count == 0 || random.NextDouble() > 0.35)
        {
            return;
        }

        var picks = fitting.OrderBy(_ => random.Next()).Take(2).ToList();
        var rank = 1;
        foreach (var pick in picks)
        {
            var dismissed = random.NextDouble() < 0.5;
            suggestions.Add(new DemoSuggestion(ids.Next(), deal.Id, Guid.Parse(pick.Practice.Id), pick.Practice.Title, rank++, 0m,
                dismissed ? PracticeSuggestionSchema.StatusDismissed : PracticeSuggestionSchema.StatusApplied,
                dismissed ? DismissReasons[random.Next(DismissReasons.Length)] : null, deal.OwnerId));
        }
    }
}
