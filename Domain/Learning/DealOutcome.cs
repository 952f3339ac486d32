using System;
using System.Collections.Generic;
using System.Linq;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Learning;

/// <summary>A closed opportunity: whether it was won, what it looked like, and which practices were applied on it.</summary>
public sealed class DealOutcome
{
    private static readonly string[] NoStrings = [];

    private readonly IReadOnlyList<string> appliedPracticeIds = NoStrings;
    private readonly IReadOnlyList<string> competitors = NoStrings;

    public string OpportunityId { get; init; } = "";

    public bool Won { get; init; }

    public string? Industry { get; init; }

    public DealSizeBand? SizeBand { get; init; }

    public IReadOnlyList<string> Competitors { get => competitors; init => competitors = value ?? NoStrings; }

    public IReadOnlyList<string> AppliedPracticeIds { get => appliedPracticeIds; init => appliedPracticeIds = value ?? NoStrings; }

    public bool AppliedPractice(string practiceId) =>
        !string.IsNullOrEmpty(practiceId) && AppliedPracticeIds.Contains(practiceId, StringComparer.Ordinal);
}
