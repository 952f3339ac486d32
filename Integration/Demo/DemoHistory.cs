using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;

namespace DataverseSharing.Integration.Demo;

/// <summary>
/// Gives the demo org a past consistent with itself: on each closed deal reps applied a few practices that fit it;
/// each practice has a hidden quality that moves the win chance; the deal's outcome is drawn from that; and the
/// practices' effectiveness counts are then counted from those outcomes, never invented separately.
/// Open deals get some feedback too: practices applied so far, and some dismissed.
/// </summary>
public static class DemoHistory
{
    private const double BaseWinRate = 0.42;

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
        var applied = new Dictionary<Guid, List<DemoPractice>>();
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
            applied[deal.Id] = picks;
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
        }

        var closed = finalDeals.Where(d => d.State is OpportunitySchema.StateWon or OpportunitySchema.StateLost).ToList();
        var counted = practices.Select(p => p.Status == PracticeStatus.Approved ? Count(p, closed, applied, industryOf) : p).ToList();
        return (finalDeals, counted, suggestions);
    }

    /// <summary>Whether a practice could have been used on a deal: its industries, products, competitors and roles fit.</summary>
    public static bool Fits(Practice practice, DemoDeal deal, string industry) =>
        (practice.Industries.Count == 0 || practice.Industries.Contains(industry, StringComparer.OrdinalIgnoreCase))
        && (practice.ProductFamilies.Count == 0 || practice.ProductFamilies.Intersect(deal.Products, StringComparer.OrdinalIgnoreCase).Any())
        && (practice.Competitors.Count == 0 || practice.Competitors.Intersect(deal.Competitors, StringComparer.OrdinalIgnoreCase).Any())
        && (practice.BuyerRoles.Count == 0 || practice.BuyerRoles.Intersect(deal.BuyerRoles, StringComparer.OrdinalIgnoreCase).Any());

    // Applied: closed deals where the practice was applied. Baseline: closed deals it fitted but was not applied on.
    private static DemoPractice Count(DemoPractice practice, IReadOnlyList<DemoDeal> closed, Dictionary<Guid, List<DemoPractice>> applied, Dictionary<Guid, string> industryOf)
    {
        int appliedWon = 0, appliedLost = 0, baselineWon = 0, baselineLost = 0;
        var againstCompetitors = new List<CompetitorOutcome>();
        foreach (var deal in closed)
        {
            var won = deal.State == OpportunitySchema.StateWon;
            if (applied.TryGetValue(deal.Id, out var picks) && picks.Any(p => p.Practice.Id == practice.Practice.Id))
            {
                if (won) { appliedWon++; } else { appliedLost++; }
                againstCompetitors.AddRange(deal.Competitors.Select(c => new CompetitorOutcome(c, won ? 1 : 0, won ? 0 : 1)));
            }
            else if (Fits(practice.Practice, deal, industryOf[deal.AccountId]))
            {
                if (won) { baselineWon++; } else { baselineLost++; }
            }
        }

        // The breakdown merges repeated competitors, so each deal adds one outcome per competitor it faced.
        var stats = new EffectivenessStats
        {
            AppliedWon = appliedWon,
            AppliedLost = appliedLost,
            BaselineWon = baselineWon,
            BaselineLost = baselineLost,
            AgainstCompetitors = againstCompetitors,
        };
        return practice with { Practice = practice.Practice with { Effectiveness = stats } };
    }

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
