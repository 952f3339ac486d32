using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Learning;

/// <summary>What the rep did with a suggestion of one practice on one deal.</summary>
public enum FeedbackStatus
{
    Suggested,
    Applied,
    Dismissed,
}

/// <summary>
/// One suggestion of a practice on a deal, as it stands now: what the rep did with it and how the deal is doing.
/// The practice's statistics are a function of these facts alone (<see cref="DerivedStatistics"/>).
/// </summary>
public sealed record SuggestionFact
{
    private static readonly string[] NoStrings = [];

    private readonly IReadOnlyList<string> competitors = NoStrings;
    private readonly int? rating;

    public string OpportunityId { get; init; } = "";

    public FeedbackStatus Status { get; init; }

    /// <summary>The rep's 1 to 5 stars, or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1 to 5.</exception>
    public int? Rating
    {
        get => rating;
        init => rating = value is < 1 or > 5 ? throw new ArgumentOutOfRangeException(nameof(Rating), value, "A rating is 1 to 5 stars.") : value;
    }

    /// <summary>True when the deal was won, false when lost, null while it is open.</summary>
    public bool? Won { get; init; }

    /// <summary>The industry of the deal's account, for comparability.</summary>
    public string? Industry { get; init; }

    public DealSizeBand? SizeBand { get; init; }

    public IReadOnlyList<string> Competitors { get => competitors; init => competitors = value ?? NoStrings; }
}
