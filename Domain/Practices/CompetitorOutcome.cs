using System;

namespace DataverseSharing.Domain.Practices;

/// <summary>Deals against one competitor where the practice was applied, won and lost.</summary>
public sealed record CompetitorOutcome
{
    /// <exception cref="ArgumentException"><paramref name="competitor"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public CompetitorOutcome(string competitor, int won, int lost)
    {
        if (string.IsNullOrWhiteSpace(competitor))
        {
            throw new ArgumentException("A competitor outcome needs the competitor's name.", nameof(competitor));
        }

        Competitor = competitor.Trim();
        Won = won >= 0 ? won : throw new ArgumentOutOfRangeException(nameof(won), won, "Won cannot be negative.");
        Lost = lost >= 0 ? lost : throw new ArgumentOutOfRangeException(nameof(lost), lost, "Lost cannot be negative.");
    }

    public string Competitor { get; }

    public int Won { get; }

    public int Lost { get; }

    public int Outcomes => Won + Lost;

    /// <summary>Competitor names compare like the structured fields: trimmed, case-insensitive.</summary>
    public bool IsAgainst(string? competitor) =>
        competitor is not null && string.Equals(Competitor, competitor.Trim(), StringComparison.OrdinalIgnoreCase);
}
