using System.Globalization;
using DataverseSharing.Domain.Ranking;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Suggestions;

/// <summary>How suggestions are printed: a readable list, or the stable JSON shape of docs/console.md.</summary>
public static class SuggestionOutput
{
    public static void WriteTable(TextWriter output, IReadOnlyList<Suggestion> suggestions)
    {
        if (suggestions.Count == 0)
        {
            output.WriteLine("  No approved practice fits this deal yet.");
            return;
        }

        foreach (var s in suggestions)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Rank,2}. {s.Practice.Title}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {Topics.Label(s.Practice.Topic)} | score {Shown(s.Score):0.00}"));
            foreach (var reason in s.Reasons)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {Sign(reason.Contribution)} {reason.Text}"));
            }
        }

        // Every ranking returns a SuggestionList; the check keeps this usable for any list of suggestions.
        if (suggestions is SuggestionList list && Shortfall(list) is { } note)
        {
            output.WriteLine("  " + note);
        }
    }

    public static JArray ToJson(IReadOnlyList<Suggestion> suggestions, Ranker ranker) => new(suggestions.Select(s => new JObject
    {
        ["rank"] = s.Rank,
        ["practiceId"] = s.Practice.Id,
        ["practiceKey"] = ranker.KeyOf(s.Practice.Id),
        ["title"] = s.Practice.Title,
        ["topic"] = s.Practice.Topic.ToString(),
        ["score"] = Shown(s.Score),
        ["reasons"] = new JArray(s.Reasons.Select(r => new JObject
        {
            ["factor"] = r.Factor,
            ["text"] = r.Text,
            ["contribution"] = Shown(r.Contribution),
        })),
    }));

    /// <summary>The fields of <c>suggest --json</c> that say how long the list could be and, when short, why.</summary>
    public static void AddCounts(JObject document, SuggestionList suggestions)
    {
        document["requested"] = suggestions.Requested;
        document["eligibleCount"] = suggestions.Eligible;
        document["maxPerTopic"] = suggestions.MaxPerTopic;
        document["note"] = Shortfall(suggestions);
    }

    /// <summary>
    /// A contribution as printed: four decimals, and a zero is 0, never -0 (a conservative lift of "-0" is no
    /// lift, and a minus would read as a push down).
    /// </summary>
    public static double Shown(double value)
    {
        var rounded = Math.Round(value, 4);
        return rounded == 0 ? 0.0 : rounded;
    }

    /// <summary>
    /// The mark before a reason: '+' it pushed the practice up, '-' down, '=' it counted nothing (a record too thin
    /// or too even to prove anything is still worth reading). Decided on the printed value, so text and JSON agree.
    /// </summary>
    public static char Sign(double contribution) => Shown(contribution) switch
    {
        > 0 => '+',
        < 0 => '-',
        _ => '=',
    };

    /// <summary>Why fewer suggestions came back than were asked for, from the counts the ranking reports; null when none are missing.</summary>
    public static string? Shortfall(SuggestionList suggestions)
    {
        if (suggestions.Count >= suggestions.Requested)
        {
            return null;
        }

        var reasons = new List<string>(2);
        if (suggestions.Eligible < suggestions.Requested)
        {
            reasons.Add(Invariant($"only {suggestions.Eligible} approved practice(s) are eligible for this deal (not expired, visible to you, and reached by its notes or fields, or among the best-proven)"));
        }

        if (suggestions.AfterTopicCap < suggestions.Eligible)
        {
            reasons.Add(Invariant($"at most {suggestions.MaxPerTopic} suggestions share a topic, which holds back {suggestions.Eligible - suggestions.AfterTopicCap} eligible practice(s) on topics already full"));
        }

        return Invariant($"Showing {suggestions.Count} of the {suggestions.Requested} asked for: {string.Join("; ", reasons)}.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
