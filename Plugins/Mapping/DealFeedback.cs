using System;
using System.Collections.Generic;
using System.Linq;
using DataverseSharing.Domain.Learning;

namespace DataverseSharing.Plugins.Mapping;

/// <summary>
/// What the package already knows of practices on a deal: practices applied with this customer and how those deals
/// ended (the account's memory), and practices the rep or the rep's team dismissed. Read from dvs_practicesuggestion
/// rows and the state of their opportunities; nothing of it is stored apart from those facts.
/// </summary>
public sealed class DealFeedback
{
    /// <summary>Creates the feedback; null lists are empty.</summary>
    public DealFeedback(
        IReadOnlyList<string>? practicesUsed,
        IReadOnlyList<string>? dismissedByRep,
        IReadOnlyList<string>? dismissedByTeam,
        IReadOnlyList<string>? wonWithAccount = null,
        IReadOnlyList<string>? lostWithAccount = null)
    {
        PracticesUsed = practicesUsed ?? Array.Empty<string>();
        DismissedByRep = dismissedByRep ?? Array.Empty<string>();
        DismissedByTeam = dismissedByTeam ?? Array.Empty<string>();
        WonWithAccount = wonWithAccount ?? Array.Empty<string>();
        LostWithAccount = lostWithAccount ?? Array.Empty<string>();
    }

    /// <summary>No feedback yet.</summary>
    public static DealFeedback None { get; } = new(null, null, null);

    /// <summary>Ids of practices already applied on deals with this account.</summary>
    public IReadOnlyList<string> PracticesUsed { get; }

    /// <summary>Of <see cref="PracticesUsed"/>, those whose deals with this account were mostly won (<see cref="AccountMemory"/>).</summary>
    public IReadOnlyList<string> WonWithAccount { get; }

    /// <summary>Of <see cref="PracticesUsed"/>, those whose deals with this account were mostly lost.</summary>
    public IReadOnlyList<string> LostWithAccount { get; }

    /// <summary>Ids of practices this rep dismissed.</summary>
    public IReadOnlyList<string> DismissedByRep { get; }

    /// <summary>Ids of practices others on the rep's team dismissed.</summary>
    public IReadOnlyList<string> DismissedByTeam { get; }

    /// <summary>How the account's deals that used <paramref name="practiceId"/> ended.</summary>
    public AccountOutcome OutcomeOf(string practiceId) =>
        LostWithAccount.Contains(practiceId, StringComparer.Ordinal) ? AccountOutcome.Lost
        : WonWithAccount.Contains(practiceId, StringComparer.Ordinal) ? AccountOutcome.Won
        : AccountOutcome.Open;
}
