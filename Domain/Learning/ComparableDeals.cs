using System;
using System.Collections.Generic;
using System.Linq;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Learning;

/// <summary>
/// Which closed deals form a practice's baseline. A deal that did not apply the practice is comparable when the
/// practice could have been applied to it: the practice names no industry or names the deal's, names no size band or
/// the deal's, and names no competitor or one the deal faced. Comparing against every deal would credit a
/// competitive-displacement practice with the easy wins of deals that had no competitor.
/// Stages are not compared: every closed deal has passed through all of them.
/// </summary>
public static class ComparableDeals
{
    public static bool IsComparable(Practice practice, DealOutcome outcome)
    {
        if (practice is null)
        {
            throw new ArgumentNullException(nameof(practice));
        }

        if (outcome is null)
        {
            throw new ArgumentNullException(nameof(outcome));
        }

        if (practice.Industries.Count > 0 && !Shares(practice.Industries, outcome.Industry is null ? [] : [outcome.Industry]))
        {
            return false;
        }

        if (practice.DealSizeBand is { } band && outcome.SizeBand != band)
        {
            return false;
        }

        return practice.Competitors.Count == 0 || Shares(practice.Competitors, outcome.Competitors);
    }

    private static bool Shares(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Any(x => b.Any(y => string.Equals(x.Trim(), y.Trim(), StringComparison.OrdinalIgnoreCase)));
}
