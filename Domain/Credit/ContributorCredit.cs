using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseSharing.Domain.Credit;

/// <summary>
/// What one user gave the practice library and what it earned, for managers' reports and incentive plans. Always
/// computed from the facts (contributor links, tags, applied suggestions, deal outcomes), never incremented, so
/// recomputing it any number of times, in any order, gives the same answer.
/// </summary>
public sealed record ContributorCredit
{
    public string UserId { get; init; } = string.Empty;

    /// <summary>Practices the user is a contributor of; a practice and its revisions count once.</summary>
    public int PracticesContributed { get; init; }

    /// <summary>Closed deals the user tagged as practice sources.</summary>
    public int DealsTagged { get; init; }

    /// <summary>Times another rep applied one of the user's practices on their own deal.</summary>
    public int TimesApplied { get; init; }

    /// <summary>Of <see cref="TimesApplied"/>, those on deals that were won.</summary>
    public int AppliedWins { get; init; }

    /// <summary>The credit of <paramref name="userId"/> from the facts about them.</summary>
    /// <param name="contributed">Every practice version the user is a contributor of.</param>
    /// <param name="dealsTagged">Deals whose practice-source tag the user made.</param>
    /// <param name="applied">Each applied suggestion of a practice the user contributed.</param>
    public static ContributorCredit From(string userId, IEnumerable<ContributedVersion> contributed, int dealsTagged, IEnumerable<AppliedUse> applied)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException("A contributor credit needs the user's id.", nameof(userId));
        }

        if (dealsTagged < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dealsTagged), dealsTagged, "A count of deals cannot be negative.");
        }

        var versions = (contributed ?? throw new ArgumentNullException(nameof(contributed))).ToList();
        var ids = new HashSet<string>(versions.Select(v => v.Id), StringComparer.OrdinalIgnoreCase);

        // A revision copies its contributors: it is the same practice, so only a version whose previous version is
        // not also the user's starts a practice of theirs.
        var practices = versions.Count(v => string.IsNullOrEmpty(v.PreviousVersionId) || !ids.Contains(v.PreviousVersionId!));

        // Applying your own practice on your own deal is not sharing; only others' uses earn credit.
        var byOthers = (applied ?? throw new ArgumentNullException(nameof(applied)))
            .Where(a => !string.Equals(a.DealOwnerId, userId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new ContributorCredit
        {
            UserId = userId,
            PracticesContributed = practices,
            DealsTagged = dealsTagged,
            TimesApplied = byOthers.Count,
            AppliedWins = byOthers.Count(a => a.DealWon == true),
        };
    }
}
