using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Text;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// A practice library prepared for ranking: built once (<see cref="Build"/>), then queried per deal
/// (<see cref="Suggest(DealContext, int, DateTime)"/>). Immutable after build and safe for any number of
/// concurrent queries: per-query state lives in thread-local scratch memory.
/// Only Approved practices are indexed; expiry and visibility depend on the query (its time and viewer) and are
/// checked per query. Documents are numbered in ordinal id order, which is also the final tie-break.
/// A practice id that appears more than once keeps its highest version.
/// </summary>
public sealed class PracticeIndex
{
    private readonly Dictionary<string, int> docById;

    private PracticeIndex(Practice[] practices, RankingOptions options)
    {
        Options = options;
        Practices = practices;
        var count = practices.Length;
        TopicCount = Enum.GetValues(typeof(PracticeTopic)).Length + 1;
        Facts = new DocumentFacts[count];
        docById = new Dictionary<string, int>(count, StringComparer.Ordinal);

        var text = new TextPostingsBuilder(count, TextLength(practices));
        var fields = new FieldPostings.Builder(TopicCount - 1);
        for (var doc = 0; doc < count; doc++)
        {
            var practice = practices[doc];
            text.Add(doc, practice);
            var topic = (int)practice.Topic;
            ref var facts = ref Facts[doc];
            facts.Specified = fields.Add(doc, practice);

            // Topics outside the enum (a newer library read by older code) share one extra slot.
            facts.TopicSlot = topic >= 0 && topic < TopicCount - 1 ? topic : TopicCount - 1;
            facts.Prior = (float)(PracticeSignals.Effectiveness(practice.Effectiveness, options) + PracticeSignals.Rating(practice.Effectiveness, options)
                - PracticeSignals.ReviewPenalty(practice.Effectiveness, options));
            facts.ApprovedTicks = PracticeSignals.TicksOrNone(practice.ApprovedOnUtc);
            facts.ReviewTicks = PracticeSignals.TicksOrNever(practice.ReviewOnUtc);
            facts.ExpiresTicks = PracticeSignals.TicksOrNever(practice.ExpiresOnUtc);
            facts.Restricted = !practice.Visibility.IsOrganizationWide;
            if (practice.Id.Length > 0)
            {
                docById[practice.Id] = doc;
            }
        }

        FreshnessReferenceTicks = 0L;
        foreach (var facts in Facts)
        {
            FreshnessReferenceTicks = Math.Max(FreshnessReferenceTicks, facts.ApprovedTicks);
        }

        for (var doc = 0; doc < count; doc++)
        {
            ref var facts = ref Facts[doc];
            facts.FreshnessDecay = facts.ApprovedTicks < 0 ? 0.0 : Decay(FreshnessReferenceTicks - facts.ApprovedTicks);
        }

        Text = text.Build(options);
        Fields = fields.Build();
        PriorPool = SelectPriorPool(options.PriorPoolSize);
    }

    // Characters the analyser will read: each field is cut at TextAnalyzer.DefaultMaxCharacters.
    private static long TextLength(Practice[] practices)
    {
        var total = 0L;
        foreach (var practice in practices)
        {
            total += Analysed(practice.Title) + Analysed(practice.Summary) + Analysed(practice.Body);
            foreach (var keyword in practice.Keywords)
            {
                total += Analysed(keyword);
            }
        }

        return total;
    }

    private static int Analysed(string? text) => Math.Min(text?.Length ?? 0, TextAnalyzer.DefaultMaxCharacters);

    /// <summary>Number of indexed (approved) practices.</summary>
    public int Count => Practices.Length;

    public RankingOptions Options { get; }

    /// <summary>Distinct text terms in the inverted index.</summary>
    public int TermCount => Text.TermCount;

    internal Practice[] Practices { get; }

    internal int TopicCount { get; }

    /// <summary>Per-document scoring facts, indexed by document number.</summary>
    internal DocumentFacts[] Facts { get; }

    internal int[] PriorPool { get; }

    internal long FreshnessReferenceTicks { get; }


    internal TextPostings Text { get; }

    internal FieldPostings Fields { get; }

    /// <summary>Builds the index. Null entries and practices that are not Approved are skipped.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="practices"/> is null.</exception>
    public static PracticeIndex Build(IEnumerable<Practice> practices, RankingOptions? options = null)
    {
        if (practices is null)
        {
            throw new ArgumentNullException(nameof(practices));
        }

        var approved = new List<Practice>();
        foreach (var practice in practices)
        {
            if (practice is { Status: PracticeStatus.Approved })
            {
                approved.Add(practice);
            }
        }

        // Ordinal id order, highest version first within an id, so de-duplication keeps the newest version.
        approved.Sort(static (a, b) =>
        {
            var byId = string.CompareOrdinal(a.Id, b.Id);
            return byId != 0 ? byId : b.Version.CompareTo(a.Version);
        });

        var distinct = new List<Practice>(approved.Count);
        foreach (var practice in approved)
        {
            var last = distinct.Count - 1;
            if (practice.Id.Length > 0 && last >= 0 && string.Equals(distinct[last].Id, practice.Id, StringComparison.Ordinal))
            {
                continue;
            }

            distinct.Add(practice);
        }

        return new PracticeIndex(distinct.ToArray(), options ?? RankingOptions.Default);
    }

    /// <summary>Top <see cref="RankingOptions.MaxSuggestions"/> for an organisation-wide viewer.</summary>
    public SuggestionList Suggest(DealContext deal, DateTime asOfUtc) => Suggest(deal, Options.MaxSuggestions, asOfUtc, null);

    /// <summary>Top <paramref name="top"/> practices visible organisation-wide, best first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="deal"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    public SuggestionList Suggest(DealContext deal, int top, DateTime asOfUtc) => Suggest(deal, top, asOfUtc, null);

    /// <summary>
    /// Top <paramref name="top"/> practices for a viewer who belongs to <paramref name="viewerTeamIds"/>: restricted
    /// practices are visible only to members of one of their teams; null means "no team", i.e. organisation-wide only.
    /// </summary>
    public SuggestionList Suggest(DealContext deal, int top, DateTime asOfUtc, IReadOnlyCollection<string>? viewerTeamIds)
    {
        if (deal is null)
        {
            throw new ArgumentNullException(nameof(deal));
        }

        if (top < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, "The number of suggestions cannot be negative.");
        }

        if (top == 0 || Count == 0)
        {
            return new SuggestionList(Array.Empty<Suggestion>(), top, 0, 0, Math.Min(Options.MaxPerTopic, top));
        }

        return SuggestionQuery.Run(this, deal, top, PracticeSignals.ToUtc(asOfUtc), viewerTeamIds);
    }

    /// <summary>Looks up an indexed practice by id.</summary>
    public bool TryGetPractice(string id, out Practice? practice)
    {
        if (id is not null && docById.TryGetValue(id, out var doc))
        {
            practice = Practices[doc];
            return true;
        }

        practice = null;
        return false;
    }

    /// <summary>
    /// Exponential decay is separable: decay(asOf - approved) = decay(asOf - reference) * decay(reference - approved).
    /// The second factor is precomputed per practice, so a query pays one Exp in total instead of one per candidate.
    /// </summary>
    internal double FreshnessScale(long asOfTicks) => Options.FreshnessWeight * Decay(asOfTicks - FreshnessReferenceTicks);

    /// <summary>
    /// Freshness of one practice: weight * 0.5^(age / half-life), age clamped at zero for approvals after the query
    /// time, halved once the review date has passed (content nobody re-checked is less trustworthy); zero without
    /// an approval date.
    /// </summary>
    internal double Freshness(in DocumentFacts facts, long asOfTicks, double scale)
    {
        if (facts.ApprovedTicks < 0)
        {
            return 0.0;
        }

        var value = facts.ApprovedTicks >= asOfTicks ? Options.FreshnessWeight : scale * facts.FreshnessDecay;
        return facts.ReviewTicks <= asOfTicks ? value * 0.5 : value;
    }

    internal bool TryGetDoc(string? id, out int doc)
    {
        doc = -1;
        return id is not null && docById.TryGetValue(id, out doc);
    }

    private double Decay(long ticks) => Math.Exp(-Math.Log(2.0) * ticks / TimeSpan.TicksPerDay / Options.FreshnessHalfLifeDays);

    // The practices with the best query-independent standing (prior, then most recently approved, then id), so a
    // deal that reaches nothing through its fields still gets a sensible ranking.
    private int[] SelectPriorPool(int size)
    {
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byPrior = Facts[b].Prior.CompareTo(Facts[a].Prior);
            if (byPrior != 0)
            {
                return byPrior;
            }

            var byApproval = Facts[b].ApprovedTicks.CompareTo(Facts[a].ApprovedTicks);
            return byApproval != 0 ? byApproval : a.CompareTo(b);
        });

        var pool = new int[Math.Min(size, order.Length)];
        Array.Copy(order, pool, pool.Length);
        return pool;
    }
}
