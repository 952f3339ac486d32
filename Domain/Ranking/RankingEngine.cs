namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// The version of the ranking: stored with every suggestion row, so rows ranked by an older engine can be told
/// apart (and are rewritten on the deal's next ranking). Raise it whenever a change moves scores or order.
/// </summary>
public static class RankingEngine
{
    /// <summary>The current ranking version.</summary>
    public const string Version = "ranking-1.0";
}
