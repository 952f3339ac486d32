using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Synthetic;

/// <summary>
/// The planted relevance rule for generated sets. It follows from structured fields only; the deal text is a
/// paraphrase of the same facts, so a ranker has to recover them either way.
/// </summary>
internal static class GroundTruth
{
    public static int Grade(PracticeRecord p, DealRecord deal, Topic need, DateTime asOf)
    {
        if (!p.IsPublishedOn(asOf) || deal.Dismissed.Contains(p.Id) || deal.PracticesUsed.Contains(p.Id))
        {
            return 0;
        }

        // A practice written for another competitor, industry or region is wrong for this deal, however well worded.
        if (p.Competitors.Count > 0 && !p.Competitors.Any(deal.Competitors.Contains))
        {
            return 0;
        }

        if ((p.Industries.Count > 0 && !p.Industries.Contains(deal.Industry ?? string.Empty))
            || (p.Regions.Count > 0 && !p.Regions.Contains(deal.Region ?? string.Empty)))
        {
            return 0;
        }

        var stageFits = p.SalesStages.Count == 0 || (deal.Stage is { } s && p.SalesStages.Contains(s));
        var specificMatch = p.Industries.Count > 0 || p.Competitors.Count > 0
            || (p.Topic == Topic.MessagingNewBuyerRole && p.BuyerRoles.Any(deal.BuyerRoles.Contains));

        int grade;
        if (p.Topic == need)
        {
            grade = !stageFits ? 1 : specificMatch ? 3 : 2;
        }
        else if (TopicTemplates.For(need).Neighbours.Contains(p.Topic) && stageFits && specificMatch)
        {
            grade = 1;
        }
        else
        {
            return 0;
        }

        // A practice with a clear record of losing deals is demoted a grade: a manager would not push it first.
        return IsProvenWeak(p.Effectiveness) ? grade - 1 : grade;
    }

    public static bool IsProvenWeak(EffectivenessRecord e)
    {
        var applied = e.AppliedWon + e.AppliedLost;
        var baseline = e.BaselineWon + e.BaselineLost;
        return applied >= 10 && baseline > 0
            && (double)e.AppliedWon / applied < ((double)e.BaselineWon / baseline) - 0.15;
    }
}
