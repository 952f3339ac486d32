using System;
using System.Collections.Generic;

namespace DataverseSharing.Plugins.Mapping;

/// <summary>
/// What the package already knows of practices on a deal: practices applied with this customer, and practices
/// the rep or the rep's team dismissed. Read from dvs_practicesuggestion rows.
/// </summary>
public sealed class DealFeedback
{
    /// <summary>Creates the feedback; null lists are empty.</summary>
    public DealFeedback(IReadOnlyList<string>? practicesUsed, IReadOnlyList<string>? dismissedByRep, IReadOnlyList<string>? dismissedByTeam)
    {
        PracticesUsed = practicesUsed ?? Array.Empty<string>();
        DismissedByRep = dismissedByRep ?? Array.Empty<string>();
        DismissedByTeam = dismissedByTeam ?? Array.Empty<string>();
    }

    /// <summary>No feedback yet.</summary>
    public static DealFeedback None { get; } = new(null, null, null);

    /// <summary>Ids of practices already applied on deals with this account.</summary>
    public IReadOnlyList<string> PracticesUsed { get; }

    /// <summary>Ids of practices this rep dismissed.</summary>
    public IReadOnlyList<string> DismissedByRep { get; }

    /// <summary>Ids of practices others on the rep's team dismissed.</summary>
    public IReadOnlyList<string> DismissedByTeam { get; }
}
