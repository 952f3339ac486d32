using System.Collections;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// The suggestions of one query, best first, with the counts that bound their number, so a caller can say why a
/// list is shorter than asked: only <see cref="Eligible"/> practices passed the hard filters, and of those at most
/// <see cref="MaxPerTopic"/> per topic were kept (<see cref="AfterTopicCap"/> in all).
/// </summary>
public sealed class SuggestionList : IReadOnlyList<Suggestion>
{
    private readonly IReadOnlyList<Suggestion> items;

    internal SuggestionList(IReadOnlyList<Suggestion> items, int requested, int eligible, int afterTopicCap, int maxPerTopic)
    {
        this.items = items;
        Requested = requested;
        Eligible = eligible;
        AfterTopicCap = afterTopicCap;
        MaxPerTopic = maxPerTopic;
    }

    /// <summary>How many suggestions were asked for.</summary>
    public int Requested { get; }

    /// <summary>
    /// Candidates that passed the hard filters: approved (the index holds no others), not expired at the query time,
    /// visible to the viewer. Candidates are the practices the deal's words or fields reach, plus the
    /// <see cref="RankingOptions.PriorPoolSize"/> with the best record.
    /// </summary>
    public int Eligible { get; }

    /// <summary>How many of the eligible practices the per-topic cap left: the most this query could return.</summary>
    public int AfterTopicCap { get; }

    /// <summary>The per-topic cap this query used (<see cref="RankingOptions.MaxPerTopic"/>, at most <see cref="Requested"/>).</summary>
    public int MaxPerTopic { get; }

    public int Count => items.Count;

    public Suggestion this[int index] => items[index];

    public IEnumerator<Suggestion> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
