using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseSharing.Domain.Practices;

/// <summary>
/// Who may see a practice: the whole organisation, or only members of the listed owning teams
/// (Dataverse teams or business-unit default teams, so business-unit scoping is a team id too).
/// </summary>
public sealed class PracticeVisibility
{
    private static readonly string[] NoTeams = [];

    private PracticeVisibility(IReadOnlyList<string> teamIds) => TeamIds = teamIds;

    public static PracticeVisibility Organization { get; } = new(NoTeams);

    /// <summary>Teams allowed to see the practice; empty means organisation-wide.</summary>
    public IReadOnlyList<string> TeamIds { get; }

    public bool IsOrganizationWide => TeamIds.Count == 0;

    /// <summary>Restricts to the given teams. An empty list is refused: it would hide the practice from everyone.</summary>
    public static PracticeVisibility ForTeams(IEnumerable<string> teamIds)
    {
        if (teamIds is null)
        {
            throw new ArgumentNullException(nameof(teamIds));
        }

        var distinct = teamIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (distinct.Length == 0)
        {
            throw new ArgumentException("A restricted practice needs at least one team id.", nameof(teamIds));
        }

        return new PracticeVisibility(distinct);
    }

    /// <summary>True when organisation-wide, or when the viewer belongs to one of the teams.</summary>
    public bool IsVisibleTo(IReadOnlyCollection<string>? viewerTeamIds)
    {
        if (IsOrganizationWide)
        {
            return true;
        }

        if (viewerTeamIds is null || viewerTeamIds.Count == 0)
        {
            return false;
        }

        foreach (var team in TeamIds)
        {
            foreach (var viewerTeam in viewerTeamIds)
            {
                if (string.Equals(team, viewerTeam, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
