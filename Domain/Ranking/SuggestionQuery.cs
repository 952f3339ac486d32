using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// One query against a <see cref="PracticeIndex"/>:
/// <list type="number">
/// <item>gather candidates: documents reached by the deal's text terms (BM25F postings), by its structured values
/// (field posting lists) and the fixed prior-only pool;</item>
/// <item>hard filters on candidates only: not expired at the query time, visible to the viewer;</item>
/// <item>score: scaled text + topic evidence + structured matches - mismatches + effectiveness prior + freshness -
/// feedback;</item>
/// <item>diversified top-k through per-topic heaps; explanations are written for those k only.</item>
/// </list>
/// Cost is proportional to the postings the deal reaches plus the pool, never a scan of the library.
/// </summary>
internal static class SuggestionQuery
{
    public static SuggestionList Run(PracticeIndex index, DealContext deal, int top, DateTime asOfUtc, IReadOnlyCollection<string>? viewerTeamIds)
    {
        var options = index.Options;
        var scratch = QueryScratch.ForCurrentThread(index.Count);
        var query = QueryTerms.Collect(index.Text, deal, scratch, options);
        var commonAbove = CommonTermThreshold(index.Count);
        var rarest = RarestTerm(index.Text, query);
        for (var i = 0; i < query.Count; i++)
        {
            var termId = query.TermIds[i];
            if (index.Text.DocumentFrequency(termId) <= commonAbove || i == rarest)
            {
                index.Text.Accumulate(termId, query.Weights[i], scratch);
            }
        }

        var dealFields = AccumulateStructured(index, deal, scratch);
        var nothingSelective = scratch.TouchedCount == 0;
        foreach (var doc in index.PriorPool)
        {
            scratch.Touch(doc);
        }

        ApplyDeferredLists(scratch, nothingSelective);

        // Common terms last: they add to candidates found by everything else but recruit none of their own.
        var ubiquitousAbove = UbiquitousTermThreshold(index.Count);
        for (var i = 0; i < query.Count; i++)
        {
            var termId = query.TermIds[i];
            var df = index.Text.DocumentFrequency(termId);
            if (df > commonAbove && df <= ubiquitousAbove && i != rarest)
            {
                index.Text.AccumulateExisting(termId, query.Weights[i], scratch);
            }
        }

        AddFeedback(index, deal.DismissedPracticeIds, (float)options.DismissedPenalty, scratch);
        AddFeedback(index, deal.TeamDismissedPracticeIds, (float)options.TeamDismissedPenalty, scratch);
        AddAccountMemory(index, deal, options, scratch);

        var asOfTicks = asOfUtc.Ticks;
        scratch.Topics.Reset(index.TopicCount);
        var eligible = FilterCandidates(index, scratch, asOfTicks, viewerTeamIds, options.TopicWeight > 0, out var maxText);
        var textScale = maxText > 0f ? options.TextWeight / maxText : 0.0;
        var topicScale = maxText > 0f ? options.TopicWeight / maxText : 0.0;

        var mismatchWeights = MismatchWeights(options);
        var freshnessScale = index.FreshnessScale(asOfTicks);
        var heaps = scratch.Heaps;
        var perTopic = Math.Min(options.MaxPerTopic, top);
        heaps.Reset(index.TopicCount, perTopic);
        for (var i = 0; i < eligible; i++)
        {
            var doc = scratch.Touched[i];
            var score = Score(index, scratch, doc, textScale, topicScale, dealFields, mismatchWeights, asOfTicks, freshnessScale);
            heaps.Offer(index.Facts[doc].TopicSlot, doc, score);
        }

        var ranked = heaps.Drain(index.TopicCount);
        var count = Math.Min(top, ranked.Count);
        var suggestions = new Suggestion[count];
        var context = new ReasonContext(index, deal, scratch, query, textScale, topicScale, dealFields, mismatchWeights, asOfTicks, freshnessScale);
        for (var r = 0; r < count; r++)
        {
            var doc = ranked[r].Key;
            suggestions[r] = new Suggestion(index.Practices[doc], ranked[r].Value, r + 1, ReasonWriter.Explain(context, doc));
        }

        return new SuggestionList(suggestions, top, eligible, ranked.Count, perTopic);
    }

    /// <summary>
    /// A term in more than a tenth of the library (and more than 1,024 practices, so small libraries are unaffected)
    /// is too common to recruit candidates: its idf is below ln(10), so a practice that only it reaches would rank below
    /// those matching a rare term or the deal's fields. It still adds its score to every candidate found otherwise.
    /// Skipping its postings as a recruiter keeps the query cost proportional to the deal's selective signals rather
    /// than the library size (the MaxScore idea, simplified; the ranking is approximate only for such practices).
    /// </summary>
    internal static int CommonTermThreshold(int documentCount) => Math.Max(1_024, documentCount / 10);

    /// <summary>
    /// A term in more than half of the library (and more than 1,024 practices, so small libraries are unaffected) is
    /// treated as a stop word: its idf is below
    /// ln 2, a few percent of a rare term's, while its postings would be the longest lists of the query. Lucene users
    /// get the same effect from a corpus-specific stop list; here the library decides.
    /// </summary>
    internal static int UbiquitousTermThreshold(int documentCount) => Math.Max(1_024, documentCount / 2);

    // When every term is common, the rarest still recruits, so a deal of common words is not text-blind.
    private static int RarestTerm(TextPostings text, QueryTerms query)
    {
        var rarest = -1;
        var lowest = int.MaxValue;
        for (var i = 0; i < query.Count; i++)
        {
            var df = text.DocumentFrequency(query.TermIds[i]);
            if (df < lowest)
            {
                lowest = df;
                rarest = i;
            }
        }

        return rarest;
    }

    internal static double Score(PracticeIndex index, QueryScratch scratch, int doc, double textScale, double topicScale, MatchedFields dealFields, double[] mismatchWeights, long asOfTicks, double freshnessScale)
    {
        ref readonly var facts = ref index.Facts[doc];
        var score = (scratch.TextOf(doc) * textScale) + scratch.StructuredOf(doc) + facts.Prior;
        if (topicScale > 0)
        {
            score += scratch.Topics.OthersBest(facts.TopicSlot, doc) * topicScale;
        }

        var mismatched = dealFields & facts.Specified & ~scratch.MatchedOf(doc);
        if (mismatched != MatchedFields.None)
        {
            score -= MismatchTotal(mismatched, mismatchWeights);
        }

        score += index.Freshness(facts, asOfTicks, freshnessScale);
        if (scratch.HasPenalty(doc))
        {
            score -= scratch.PenaltyOf(doc);
        }

        return score;
    }

    /// <summary>Per field bit (lowest first), the points a mismatch costs.</summary>
    internal static double[] MismatchWeights(RankingOptions options)
    {
        var p = options.MismatchPenalty;
        var scope = options.OutOfScopePenalty;
        return
        [
            p * options.StageWeight,
            scope,
            p * options.SizeBandWeight,
            p * options.ProductWeight,
            scope,
            p * options.BuyerRoleWeight,
            scope,
            0.0,
        ];
    }

    /// <summary>The points a mismatch on one field costs.</summary>
    internal static double MismatchOf(double[] weights, MatchedFields field)
    {
        var bit = 0;
        for (var bits = (int)field; bits > 1; bits >>= 1)
        {
            bit++;
        }

        return weights[bit];
    }

    private static double MismatchTotal(MatchedFields mismatched, double[] weights)
    {
        var total = 0.0;
        var bits = (int)mismatched;
        for (var bit = 0; bits != 0; bit++, bits >>= 1)
        {
            if ((bits & 1) != 0)
            {
                total += weights[bit];
            }
        }

        return total;
    }

    // Compacts the touched list in place to the eligible candidates and finds the best raw text score among them;
    // with topic evidence on, also records each topic's best two text scores (same pass: the facts and accumulators
    // of thousands of candidates are read once, not twice).
    private static int FilterCandidates(PracticeIndex index, QueryScratch scratch, long asOfTicks, IReadOnlyCollection<string>? viewerTeamIds, bool collectTopics, out float maxText)
    {
        var topics = scratch.Topics;
        maxText = 0f;
        var eligible = 0;
        var touched = scratch.Touched;
        for (var i = 0; i < scratch.TouchedCount; i++)
        {
            var doc = touched[i];
            ref readonly var facts = ref index.Facts[doc];
            if (facts.ExpiresTicks <= asOfTicks)
            {
                continue;
            }

            if (facts.Restricted && !index.Practices[doc].Visibility.IsVisibleTo(viewerTeamIds))
            {
                continue;
            }

            touched[eligible++] = doc;
            var text = scratch.TextOf(doc);
            if (text > maxText)
            {
                maxText = text;
            }

            if (collectTopics && text > 0f)
            {
                topics.Offer(facts.TopicSlot, doc, text);
            }
        }

        return eligible;
    }

    /// <summary>
    /// Structured matches. Lists longer than <see cref="CommonTermThreshold"/> (a stage shared by half the library,
    /// say) are applied last and, like common words, only add to candidates that something more selective found;
    /// when nothing else found any, they recruit after all (see <see cref="ApplyDeferredLists"/>), so a deal that only
    /// names its stage still gets that stage's practices.
    /// </summary>
    private static MatchedFields AccumulateStructured(PracticeIndex index, DealContext deal, QueryScratch scratch)
    {
        var options = index.Options;
        var fields = index.Fields;
        var dealFields = MatchedFields.None;
        scratch.DeferredLists.Clear();
        var commonAbove = CommonTermThreshold(index.Count);
        if (deal.Stage is { } stage)
        {
            dealFields |= MatchedFields.Stage;
            AddAll(fields.Stage(stage), MatchedFields.Stage, options.StageWeight, scratch, commonAbove);
        }

        if (deal.EstimatedValue is { } value)
        {
            dealFields |= MatchedFields.SizeBand;
            AddAll(fields.Band(DealSizeBands.FromEstimatedValue(value)), MatchedFields.SizeBand, options.SizeBandWeight, scratch, commonAbove);
        }

        if (!string.IsNullOrWhiteSpace(deal.Industry))
        {
            dealFields |= MatchedFields.Industry;
            AddAll(fields.Industry(FieldKey.Normalize(deal.Industry)), MatchedFields.Industry, options.IndustryWeight, scratch, commonAbove);
        }

        if (!string.IsNullOrWhiteSpace(deal.Region))
        {
            dealFields |= MatchedFields.Region;
            AddAll(fields.Region(FieldKey.Normalize(deal.Region)), MatchedFields.Region, options.RegionWeight, scratch, commonAbove);
        }

        dealFields |= AddEach(deal.Products, fields.Product, MatchedFields.Product, options.ProductWeight, scratch, commonAbove);
        dealFields |= AddEach(deal.Competitors, fields.Competitor, MatchedFields.Competitor, options.CompetitorWeight, scratch, commonAbove);

        // A practice written against named competitors is a playbook for those rivals: a deal that faces none of
        // them (or no competitor at all) gets the mismatch penalty too, unlike fields a deal simply leaves empty.
        dealFields |= MatchedFields.Competitor;
        dealFields |= AddEach(deal.BuyerRoles, fields.BuyerRole, MatchedFields.BuyerRole, options.BuyerRoleWeight, scratch, commonAbove);

        if (deal.DecisionUnitSize is { } size && size >= options.LargeDecisionUnitSize)
        {
            AddAll(fields.Topic(PracticeTopic.LargeDecisionUnit), MatchedFields.DecisionUnit, options.DecisionUnitWeight, scratch, commonAbove);
        }

        return dealFields;
    }

    // After the pool is touched, so pool members get the credit (and no false mismatch) for the long lists too.
    private static void ApplyDeferredLists(QueryScratch scratch, bool recruit)
    {
        foreach (var list in scratch.DeferredLists)
        {
            if (recruit)
            {
                scratch.AddStructured(list.Docs, list.Field, list.Weight);
            }
            else
            {
                scratch.AddStructuredToTouched(list.Docs, list.Field, list.Weight);
            }
        }
    }

    private static MatchedFields AddEach(IReadOnlyList<string> values, Func<string, int[]> lookup, MatchedFields field, double weight, QueryScratch scratch, int commonAbove)
    {
        var any = MatchedFields.None;
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            any = field;
            AddAll(lookup(FieldKey.Normalize(value)), field, weight, scratch, commonAbove);
        }

        return any;
    }

    private static void AddAll(int[] docs, MatchedFields field, double weight, QueryScratch scratch, int commonAbove)
    {
        if (docs.Length > commonAbove)
        {
            scratch.DeferredLists.Add(new QueryScratch.StructuredList(docs, field, (float)weight));
        }
        else
        {
            scratch.AddStructured(docs, field, (float)weight);
        }
    }

    // Each practice used with the account sinks once, by how its deals with the account ended: lost furthest, open
    // less, won least. A practice in both outcome lists (bad input) takes the lost penalty.
    private static void AddAccountMemory(PracticeIndex index, DealContext deal, RankingOptions options, QueryScratch scratch)
    {
        var lost = deal.PracticesLostWithAccount;
        var won = deal.PracticesWonWithAccount;
        AddFeedback(index, lost, (float)options.AlreadyUsedLostPenalty, scratch);
        AddFeedback(index, Except(won, lost), (float)options.AlreadyUsedWonPenalty, scratch);
        AddFeedback(index, Except(Except(deal.PracticesUsed, lost), won), (float)options.AlreadyUsedPenalty, scratch);
    }

    private static IReadOnlyList<string> Except(IReadOnlyList<string> ids, IReadOnlyList<string> without)
    {
        if (ids.Count == 0)
        {
            return ids;
        }

        var skip = new HashSet<string>(without, StringComparer.Ordinal);
        var kept = new List<string>(ids.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!skip.Contains(id) && seen.Add(id))
            {
                kept.Add(id);
            }
        }

        return kept;
    }

    private static void AddFeedback(PracticeIndex index, IReadOnlyList<string> ids, float penalty, QueryScratch scratch)
    {
        if (penalty == 0f)
        {
            return;
        }

        foreach (var id in ids)
        {
            if (index.TryGetDoc(id, out var doc))
            {
                scratch.AddPenalty(doc, penalty);
            }
        }
    }
}
