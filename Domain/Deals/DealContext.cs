using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Deals;

/// <summary>
/// What the suggestions panel knows about the opportunity the rep is looking at. Every field is optional:
/// an empty context still gets a ranking (by effectiveness and freshness). Invalid values are refused at
/// construction so a bad deal never reaches the ranking.
/// </summary>
public sealed class DealContext
{
    private static readonly string[] NoStrings = [];

    private readonly decimal? estimatedValue;
    private readonly int? decisionUnitSize;
    private readonly IReadOnlyList<string> products = NoStrings;
    private readonly IReadOnlyList<string> competitors = NoStrings;
    private readonly IReadOnlyList<string> buyerRoles = NoStrings;
    private readonly IReadOnlyList<string> practicesUsed = NoStrings;
    private readonly IReadOnlyList<string> practicesWonWithAccount = NoStrings;
    private readonly IReadOnlyList<string> practicesLostWithAccount = NoStrings;
    private readonly IReadOnlyList<string> dismissedPracticeIds = NoStrings;
    private readonly IReadOnlyList<string> teamDismissedPracticeIds = NoStrings;

    public static DealContext Empty { get; } = new();

    public string? Industry { get; init; }

    public string? Region { get; init; }

    public Practices.SalesStage? Stage { get; init; }

    /// <summary>In the organisation's base currency; mapped to a band by <see cref="Practices.DealSizeBands"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public decimal? EstimatedValue
    {
        get => estimatedValue;
        init => estimatedValue = value is < 0m
            ? throw new ArgumentOutOfRangeException(nameof(EstimatedValue), value, "An estimated value cannot be negative.")
            : value;
    }

    /// <summary>Product families on the opportunity.</summary>
    public IReadOnlyList<string> Products { get => products; init => products = value ?? NoStrings; }

    public IReadOnlyList<string> Competitors { get => competitors; init => competitors = value ?? NoStrings; }

    /// <summary>Roles of the stakeholders (e.g. "CFO", "Procurement").</summary>
    public IReadOnlyList<string> BuyerRoles { get => buyerRoles; init => buyerRoles = value ?? NoStrings; }

    /// <summary>Number of people in the buying committee, if known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int? DecisionUnitSize
    {
        get => decisionUnitSize;
        init => decisionUnitSize = value is < 0
            ? throw new ArgumentOutOfRangeException(nameof(DecisionUnitSize), value, "A decision unit cannot have a negative size.")
            : value;
    }

    /// <summary>Free text: the opportunity's description, notes, the rep's question.</summary>
    public string? Description { get; init; }

    /// <summary>Practices already used with this account; they sink slightly so the panel offers something new.</summary>
    public IReadOnlyList<string> PracticesUsed { get => practicesUsed; init => practicesUsed = value ?? NoStrings; }

    /// <summary>
    /// Of the practices used with this account, those whose deals with it were mostly won: they sink less than an
    /// open use, since repeating what worked with this customer is a fair suggestion (<see cref="Learning.AccountMemory"/>).
    /// A practice listed here counts as used even when <see cref="PracticesUsed"/> leaves it out.
    /// </summary>
    public IReadOnlyList<string> PracticesWonWithAccount { get => practicesWonWithAccount; init => practicesWonWithAccount = value ?? NoStrings; }

    /// <summary>Of the practices used with this account, those whose deals with it were mostly lost: they sink furthest.</summary>
    public IReadOnlyList<string> PracticesLostWithAccount { get => practicesLostWithAccount; init => practicesLostWithAccount = value ?? NoStrings; }

    /// <summary>Practices this rep dismissed before; they sink hard.</summary>
    public IReadOnlyList<string> DismissedPracticeIds { get => dismissedPracticeIds; init => dismissedPracticeIds = value ?? NoStrings; }

    /// <summary>Practices the rep's team dismissed; they sink less than the rep's own dismissals.</summary>
    public IReadOnlyList<string> TeamDismissedPracticeIds { get => teamDismissedPracticeIds; init => teamDismissedPracticeIds = value ?? NoStrings; }
}
