using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataverseSharing.Domain.Learning;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Writes the plain-words reasons for one ranked practice. Runs only for the final top-k, so it may allocate
/// freely. Each reason's contribution is the same quantity the score used, so the reasons add up to the score.
/// </summary>
internal static class ReasonWriter
{
    private const int MaxQuotedWords = 4;

    public static IReadOnlyList<SuggestionReason> Explain(ReasonContext context, int doc)
    {
        var index = context.Index;
        var options = index.Options;
        var practice = index.Practices[doc];
        var deal = context.Deal;
        var scratch = context.Scratch;
        var matched = scratch.MatchedOf(doc);
        var specified = index.Facts[doc].Specified;
        var reasons = new List<SuggestionReason>(8);

        AddText(context, doc, reasons);
        AddTopic(context, doc, reasons);
        if (deal.Stage is { } stage)
        {
            AddField(reasons, matched, context.DealFields, specified, MatchedFields.Stage, ReasonFactors.Stage, options.StageWeight, context.MismatchWeights,
                $"same stage: {stage}", $"written for {string.Join(", ", practice.SalesStages)}; deal is at {stage}");
        }

        if (deal.Industry is { } industry)
        {
            AddField(reasons, matched, context.DealFields, specified, MatchedFields.Industry, ReasonFactors.Industry, options.IndustryWeight, context.MismatchWeights,
                $"same industry: {industry.Trim()}", $"written for {string.Join(", ", practice.Industries)}");
        }

        if (deal.EstimatedValue is { } value)
        {
            var band = DealSizeBands.FromEstimatedValue(value);
            AddField(reasons, matched, context.DealFields, specified, MatchedFields.SizeBand, ReasonFactors.SizeBand, options.SizeBandWeight, context.MismatchWeights,
                $"fits {band} deals", $"written for {practice.DealSizeBand} deals; this one is {band}");
        }

        AddListField(reasons, context, doc, deal.Products, practice.ProductFamilies, MatchedFields.Product, ReasonFactors.Product, options.ProductWeight, "same product");
        AddListField(reasons, context, doc, deal.Competitors, practice.Competitors, MatchedFields.Competitor, ReasonFactors.Competitor, options.CompetitorWeight, "against");
        AddListField(reasons, context, doc, deal.BuyerRoles, practice.BuyerRoles, MatchedFields.BuyerRole, ReasonFactors.BuyerRole, options.BuyerRoleWeight, "for the buyer role");
        if (deal.Region is { } region)
        {
            AddField(reasons, matched, context.DealFields, specified, MatchedFields.Region, ReasonFactors.Region, options.RegionWeight, context.MismatchWeights,
                $"same region: {region.Trim()}", $"written for {string.Join(", ", practice.Regions)}");
        }

        if ((matched & MatchedFields.DecisionUnit) != 0)
        {
            reasons.Add(new SuggestionReason(ReasonFactors.DecisionUnit, Invariant($"large decision unit: {deal.DecisionUnitSize} people"), options.DecisionUnitWeight));
        }

        AddEffectiveness(reasons, practice, matched, deal.Competitors, options);
        AddFreshness(reasons, context, doc);
        AddFeedback(reasons, context, doc, practice.Id);

        // Strongest push up first; the stable sort keeps the writing order among equals.
        return reasons.OrderByDescending(r => r.Contribution).ToArray();
    }

    private static void AddText(ReasonContext context, int doc, List<SuggestionReason> reasons)
    {
        var raw = context.Scratch.TextOf(doc);
        if (raw <= 0f)
        {
            return;
        }

        var quoted = QuoteMatchedWords(context, doc, SuggestionQuery.UbiquitousTermThreshold(context.Index.Count));
        if (quoted.Count == 0)
        {
            // Only library-wide words matched (the rarest query word always counts): quote those rather than nothing.
            quoted = QuoteMatchedWords(context, doc, int.MaxValue);
        }

        var words = string.Join(", ", quoted.Select(w => "'" + w + "'"));
        reasons.Add(new SuggestionReason(ReasonFactors.Text, "matches your deal: " + words, raw * context.TextScale));
    }

    private static void AddTopic(ReasonContext context, int doc, List<SuggestionReason> reasons)
    {
        var slot = context.Index.Facts[doc].TopicSlot;
        var contribution = context.Scratch.Topics.OthersBest(slot, doc) * context.TopicScale;
        if (contribution > 0)
        {
            var topic = context.Index.Practices[doc].Topic;
            reasons.Add(new SuggestionReason(ReasonFactors.Topic, $"your notes match other {TopicNames.Describe(topic)} practices", contribution));
        }
    }

    // The deal's words, in the rep's spelling, that the practice contains; words in more than maxFrequency practices
    // were treated as stop words and did not count, so they are not quoted.
    private static List<string> QuoteMatchedWords(ReasonContext context, int doc, int maxFrequency)
    {
        var query = context.Query;
        var text = context.Index.Text;
        var quoted = new List<string>(MaxQuotedWords);
        for (var i = 0; i < query.Count && quoted.Count < MaxQuotedWords; i++)
        {
            var surface = query.Surfaces[i];
            var termId = query.TermIds[i];
            if (text.DocumentFrequency(termId) <= maxFrequency && text.Contains(termId, doc) && !quoted.Contains(surface))
            {
                quoted.Add(surface);
            }
        }

        return quoted;
    }

    private static void AddField(
        List<SuggestionReason> reasons,
        MatchedFields matched,
        MatchedFields dealFields,
        MatchedFields specified,
        MatchedFields field,
        string factor,
        double weight,
        double[] mismatchWeights,
        string matchText,
        string mismatchText)
    {
        var mismatch = SuggestionQuery.MismatchOf(mismatchWeights, field);
        if ((matched & field) != 0)
        {
            reasons.Add(new SuggestionReason(factor, matchText, weight));
        }
        else if ((dealFields & specified & field) != 0 && mismatch > 0)
        {
            reasons.Add(new SuggestionReason(factor, mismatchText, -mismatch));
        }
    }

    private static void AddListField(
        List<SuggestionReason> reasons,
        ReasonContext context,
        int doc,
        IReadOnlyList<string> dealValues,
        IReadOnlyList<string> practiceValues,
        MatchedFields field,
        string factor,
        double weight,
        string label)
    {
        var index = context.Index;
        var shared = dealValues.Where(v => practiceValues.Any(p => FieldKey.Normalize(p) == FieldKey.Normalize(v)))
            .Select(v => v.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        AddField(reasons, context.Scratch.MatchedOf(doc), context.DealFields, index.Facts[doc].Specified, field, factor, weight, context.MismatchWeights,
            $"{label}: {string.Join(", ", shared)}", $"written for {string.Join(", ", practiceValues)}");
    }

    private static void AddEffectiveness(List<SuggestionReason> reasons, Practice practice, MatchedFields matched, IReadOnlyList<string> dealCompetitors, RankingOptions options)
    {
        var stats = practice.Effectiveness;
        if (stats.AppliedOutcomes > 0)
        {
            // "won 7 of 9 deals against Fabrikam" only from the per-competitor counts of the competitor this practice
            // is about; otherwise the overall record, which may include deals against anyone.
            var against = (matched & MatchedFields.Competitor) != 0
                ? dealCompetitors.Where(c => practice.Competitors.Any(p => FieldKey.Normalize(p) == FieldKey.Normalize(c))).Select(stats.Against).FirstOrDefault(o => o is { Outcomes: > 0 })
                : null;
            var text = against is not null
                ? Invariant($"won {against.Won} of {against.Outcomes} deals against {against.Competitor} ({stats.AppliedWon} of {stats.AppliedOutcomes} overall; comparable deals win {stats.BaselineWinRate * 100:0}%)")
                : Invariant($"won {stats.AppliedWon} of {stats.AppliedOutcomes} deals where it was applied (comparable deals win {stats.BaselineWinRate * 100:0}%)");
            // A record within one standard deviation of the baseline counts nothing (and a negative lift shrunk to
            // zero is -0.0, which would print as a push down): say so, so a thin "won 0 of 1" is not read as a verdict.
            var contribution = PracticeSignals.Effectiveness(stats, options);
            if (contribution == 0)
            {
                contribution = 0.0;
                text += "; no proven effect either way";
            }

            reasons.Add(new SuggestionReason(ReasonFactors.Effectiveness, text, contribution));
        }

        if (options.FlaggedPenalty > 0 && ReviewFlagRule.Evaluate(stats) is { } flag)
        {
            reasons.Add(new SuggestionReason(ReasonFactors.Review, "flagged for review: " + flag.Explanation, -options.FlaggedPenalty));
        }

        if (stats.RatingCount > 0)
        {
            var average = (double)stats.RatingTotal / stats.RatingCount;
            var text = Invariant($"rated {average:0.0}/5 by {stats.RatingCount} reps");
            reasons.Add(new SuggestionReason(ReasonFactors.Rating, text, PracticeSignals.Rating(stats, options)));
        }
    }

    private static void AddFreshness(List<SuggestionReason> reasons, ReasonContext context, int doc)
    {
        var index = context.Index;
        ref readonly var facts = ref index.Facts[doc];
        var approved = facts.ApprovedTicks;
        if (approved < 0)
        {
            return;
        }

        var days = Math.Max(0L, (context.AsOfTicks - approved) / TimeSpan.TicksPerDay);
        var text = days switch
        {
            0 => "approved today",
            1 => "approved yesterday",
            _ => Invariant($"approved {days} days ago"),
        };
        if (facts.ReviewTicks <= context.AsOfTicks)
        {
            text += "; review overdue";
        }

        var contribution = index.Freshness(facts, context.AsOfTicks, context.FreshnessScale);
        reasons.Add(new SuggestionReason(ReasonFactors.Freshness, text, contribution));
    }

    private static void AddFeedback(List<SuggestionReason> reasons, ReasonContext context, int doc, string id)
    {
        if (!context.Scratch.HasPenalty(doc))
        {
            return;
        }

        var deal = context.Deal;
        var parts = new List<string>(3);
        if (deal.DismissedPracticeIds.Contains(id, StringComparer.Ordinal))
        {
            parts.Add("you dismissed this before");
        }

        if (deal.TeamDismissedPracticeIds.Contains(id, StringComparer.Ordinal))
        {
            parts.Add("your team dismissed this before");
        }

        if (deal.PracticesLostWithAccount.Contains(id, StringComparer.Ordinal))
        {
            parts.Add("already used with this account, on deals it lost");
        }
        else if (deal.PracticesWonWithAccount.Contains(id, StringComparer.Ordinal))
        {
            parts.Add("already used with this account, on deals it won");
        }
        else if (deal.PracticesUsed.Contains(id, StringComparer.Ordinal))
        {
            parts.Add("already used with this account");
        }

        reasons.Add(new SuggestionReason(ReasonFactors.Feedback, string.Join("; ", parts), -context.Scratch.PenaltyOf(doc)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
