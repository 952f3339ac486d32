using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Testing.Practices;

/// <summary>
/// Entry points for practice and deal test data: <c>SomePractices.Practice("id")</c>, <c>SomePractices.Deal()</c>.
/// (Named SomePractices rather than Some so other test areas can own their own Some* without a partial-class tangle.)
/// </summary>
public static class SomePractices
{
    /// <summary>The fixed "now" of practice tests; nothing reads the clock.</summary>
    public static readonly DateTime AsOfUtc = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public static PracticeBuilder Practice(string id = "practice-001") => new(id);

    public static DealContextBuilder Deal() => new();

    /// <summary>
    /// A small deterministic library of <paramref name="count"/> approved practices spread over topics, stages,
    /// industries and competitors, for tests that need "a realistic crowd" rather than specific records.
    /// </summary>
    public static IReadOnlyList<Practice> Library(int count, int seed = 42)
    {
        var random = new Random(seed);
        var industries = new[] { "Manufacturing", "Retail", "Healthcare", "Financial Services", "Public Sector" };
        var competitors = new[] { "Fabrikam", "Contoso", "Northwind", "Tailspin" };
        var words = new[] { "discovery", "pain", "budget", "champion", "procurement", "pilot", "roi", "security", "migration", "renewal", "executive", "workshop", "timeline", "legal", "pricing", "discount" };
        var topics = (PracticeTopic[])Enum.GetValues(typeof(PracticeTopic));
        var stages = (SalesStage[])Enum.GetValues(typeof(SalesStage));
        var library = new List<Practice>(count);
        for (var i = 0; i < count; i++)
        {
            var a = words[random.Next(words.Length)];
            var b = words[random.Next(words.Length)];
            library.Add(Practice("lib-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
                .WithTitle($"Use a {a} {b} plan")
                .WithSummary($"Reps who ran a {a} session early moved the {b} conversation forward.")
                .WithBody($"Start with {a}. Then align on {b} with the buying committee before the proposal.")
                .WithTopic(topics[random.Next(topics.Length)])
                .ForStages(stages[random.Next(stages.Length)])
                .ForIndustries(industries[random.Next(industries.Length)])
                .AgainstCompetitors(random.Next(3) == 0 ? [competitors[random.Next(competitors.Length)]] : [])
                .ApprovedOn(AsOfUtc.AddDays(-random.Next(1, 700)))
                .Build());
        }

        return library;
    }
}
