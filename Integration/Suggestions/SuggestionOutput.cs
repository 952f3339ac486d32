using System.Globalization;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Plugins.Suggestions;
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
        if (suggestions is SuggestionList list && SuggestionText.Shortfall(list) is { } note)
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

    /// <summary>A contribution as printed (see <see cref="SuggestionText.Shown"/>).</summary>
    public static double Shown(double value) => SuggestionText.Shown(value);

    /// <summary>The mark before a reason (see <see cref="SuggestionText.Sign"/>).</summary>
    public static char Sign(double contribution) => SuggestionText.Sign(contribution);

    /// <summary>Why fewer suggestions came back than were asked for; null when none are missing.</summary>
    public static string? Shortfall(SuggestionList suggestions) => SuggestionText.Shortfall(suggestions);

    /// <summary>The readable list, from a <c>suggest --json</c> document (the custom API's answer).</summary>
    public static void WriteTable(TextWriter output, JObject document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        var suggestions = document["suggestions"]?.Children<JObject>().ToList() ?? [];
        if (suggestions.Count == 0)
        {
            output.WriteLine("  No approved practice fits this deal yet.");
            return;
        }

        foreach (var s in suggestions)
        {
            var topic = Enum.TryParse<PracticeTopic>((string?)s["topic"], out var t) ? Topics.Label(t) : (string?)s["topic"];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(int)s["rank"]!,2}. {(string?)s["title"]}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {topic} | score {(double)s["score"]!:0.00}"));
            foreach (var reason in s["reasons"]?.Children<JObject>() ?? [])
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {Sign((double)reason["contribution"]!)} {(string?)reason["text"]}"));
            }
        }

        if ((string?)document["note"] is { } note)
        {
            output.WriteLine("  " + note);
        }
    }

}
