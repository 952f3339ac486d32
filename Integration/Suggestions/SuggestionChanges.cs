using DataverseSharing.Domain.Ranking;

namespace DataverseSharing.Integration.Suggestions;

/// <summary>What changed between two rankings of the same deal: practices that entered, left or moved.</summary>
public sealed record SuggestionChanges(IReadOnlyList<Suggestion> Entered, IReadOnlyList<Suggestion> Left, IReadOnlyList<(Suggestion Now, int WasRank)> Moved)
{
    public bool IsEmpty => Entered.Count == 0 && Left.Count == 0 && Moved.Count == 0;

    public static SuggestionChanges Between(IReadOnlyList<Suggestion> before, IReadOnlyList<Suggestion> after)
    {
        var was = before.ToDictionary(s => s.Practice.Id, StringComparer.Ordinal);
        var now = after.ToDictionary(s => s.Practice.Id, StringComparer.Ordinal);
        return new SuggestionChanges(
            after.Where(s => !was.ContainsKey(s.Practice.Id)).ToList(),
            before.Where(s => !now.ContainsKey(s.Practice.Id)).ToList(),
            after.Where(s => was.TryGetValue(s.Practice.Id, out var old) && old.Rank != s.Rank).Select(s => (s, was[s.Practice.Id].Rank)).ToList());
    }

    public void Write(TextWriter output)
    {
        foreach (var s in Entered)
        {
            output.WriteLine($"  + entered #{s.Rank}: {s.Practice.Title} ({Topics.Label(s.Practice.Topic)})");
        }

        foreach (var (s, wasRank) in Moved)
        {
            output.WriteLine($"  ~ moved #{wasRank} -> #{s.Rank}: {s.Practice.Title}");
        }

        foreach (var s in Left)
        {
            output.WriteLine($"  - left (was #{s.Rank}): {s.Practice.Title}");
        }
    }
}
