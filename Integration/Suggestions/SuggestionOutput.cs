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
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {Topics.Label(s.Practice.Topic)} | score {s.Score:0.00}"));
            foreach (var reason in s.Reasons)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {(reason.Contribution >= 0 ? '+' : '-')} {reason.Text}"));
            }
        }
    }

    public static JArray ToJson(IReadOnlyList<Suggestion> suggestions, Ranker ranker) => new(suggestions.Select(s => new JObject
    {
        ["rank"] = s.Rank,
        ["practiceId"] = s.Practice.Id,
        ["practiceKey"] = ranker.KeyOf(s.Practice.Id),
        ["title"] = s.Practice.Title,
        ["topic"] = s.Practice.Topic.ToString(),
        ["score"] = Math.Round(s.Score, 4),
        ["reasons"] = new JArray(s.Reasons.Select(r => new JObject
        {
            ["factor"] = r.Factor,
            ["text"] = r.Text,
            ["contribution"] = Math.Round(r.Contribution, 4),
        })),
    }));
}
