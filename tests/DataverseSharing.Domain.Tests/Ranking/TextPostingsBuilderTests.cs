using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Ranking;

/// <summary>What the text index reads from a practice and how it weighs it, seen through the suggestions.</summary>
public sealed class TextPostingsBuilderTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static IReadOnlyList<Suggestion> Suggest(IEnumerable<Practice> practices, string description) =>
        PracticeIndex.Build(practices).Suggest(Some.Deal().Described(description), 5, AsOf);

    private static Practice Filler(int i) =>
        Some.Practice($"filler-{i:D2}").WithTitle("Steady cadence").WithTopic((PracticeTopic)(i % 11)).Build();

    [Fact]
    public void Build_WordOnlyInTheSummary_IsFound()
    {
        var suggestions = Suggest(
            [Some.Practice("summary").WithTitle("Plain title").WithSummary("Bring the procurement lead in early").Build(), .. Enumerable.Range(0, 5).Select(Filler)],
            "procurement");

        Assert.Equal("summary", suggestions[0].Practice.Id);
        Assert.Contains(suggestions[0].Reasons, r => r.Factor == ReasonFactors.Text && r.Text.Contains("'procurement'", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WordOnlyInAKeyword_IsFound()
    {
        var suggestions = Suggest(
            [Some.Practice("keyword").WithTitle("Plain title").WithKeywords("cadence", "procurement").Build(), .. Enumerable.Range(0, 5).Select(Filler)],
            "procurement");

        Assert.Equal("keyword", suggestions[0].Practice.Id);
        Assert.Contains(suggestions[0].Reasons, r => r.Factor == ReasonFactors.Text);
    }

    [Fact]
    public void Build_SameWordInAShortAndALongBody_RanksTheShortOneHigher()
    {
        var padding = string.Join(' ', Enumerable.Repeat("steady weekly cadence with the team", 40));
        var suggestions = Suggest(
            [
                Some.Practice("long").WithTitle("Plain title").WithTopic(PracticeTopic.Pricing).WithBody("Procurement first. " + padding).Build(),
                Some.Practice("short").WithTitle("Plain title").WithTopic(PracticeTopic.Closing).WithBody("Procurement first.").Build(),
            ],
            "procurement");

        Assert.Equal(["short", "long"], suggestions.Take(2).Select(s => s.Practice.Id));
        Assert.True(suggestions[0].Score > suggestions[1].Score);
    }

    [Fact]
    public void Build_RareWordAndCommonWord_RareWordWeighsMore()
    {
        var practices = new List<Practice>
        {
            Some.Practice("rare").WithTitle("Rebate terms").WithTopic(PracticeTopic.Pricing).Build(),
            Some.Practice("common").WithTitle("Pilot plan").WithTopic(PracticeTopic.Closing).Build(),
        };
        practices.AddRange(Enumerable.Range(0, 6).Select(i => Some.Practice($"pilot-{i}").WithTitle("Pilot review").WithTopic(PracticeTopic.Discovery).Build()));

        var suggestions = Suggest(practices, "rebate pilot");

        Assert.Equal("rare", suggestions[0].Practice.Id);
    }

    [Fact]
    public void Build_MoreDistinctWordsThanTheFirstEstimate_FindsTheFirstAndTheLast()
    {
        // Short distinct words: far more terms than the builder's first estimate from the text length, so its tables grow.
        var words = Enumerable.Range(0, 3_000).Select(Word).ToList();
        var practices = new[]
        {
            Some.Practice("many").WithTitle("Plain title").WithTopic(PracticeTopic.Pricing).WithBody(string.Join(' ', words)).Build(),
            Some.Practice("other").WithTitle("Plain title").WithTopic(PracticeTopic.Closing).WithBody("cadence").Build(),
        };

        foreach (var word in new[] { words[0], words[1_500], words[^1] })
        {
            var suggestions = Suggest(practices, word);

            Assert.Equal("many", suggestions[0].Practice.Id);
            Assert.Contains(suggestions[0].Reasons, r => r.Factor == ReasonFactors.Text && r.Text.Contains($"'{word}'", StringComparison.Ordinal));
        }
    }

    // "zqab", "zqac", ...: letters only, so the analyser keeps each as one term; the z prefix keeps them out of the thesaurus.
    private static string Word(int i) => "zq" + (char)('a' + (i / 676 % 26)) + (char)('a' + (i / 26 % 26)) + (char)('a' + (i % 26));
}
