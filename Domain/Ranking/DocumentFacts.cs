namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Everything the scoring loop reads about one practice, packed in one struct (about one cache line) so that
/// scoring thousands of candidates costs one memory fetch each rather than one per parallel array.
/// </summary>
internal struct DocumentFacts
{
    /// <summary>Never suggested at or after this instant (long.MaxValue: no expiry).</summary>
    public long ExpiresTicks;

    /// <summary>Approval instant, or -1 when unknown (no freshness).</summary>
    public long ApprovedTicks;

    /// <summary>Review due at this instant (long.MaxValue: none); past it, freshness halves.</summary>
    public long ReviewTicks;

    /// <summary>Freshness decay from approval to the index's reference instant, see <see cref="PracticeIndex.FreshnessScale"/>.</summary>
    public double FreshnessDecay;

    /// <summary>Effectiveness plus rating contribution, precomputed at build.</summary>
    public float Prior;

    /// <summary>Which structured fields the practice names (for mismatch penalties).</summary>
    public MatchedFields Specified;

    /// <summary>Topic bucket for diversification.</summary>
    public int TopicSlot;

    /// <summary>Restricted to teams: only these pay for a visibility check.</summary>
    public bool Restricted;
}
