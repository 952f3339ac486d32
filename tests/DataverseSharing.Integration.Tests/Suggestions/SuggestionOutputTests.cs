using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Integration.Suggestions;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests.Suggestions;

public sealed class SuggestionOutputTests
{
    [Theory]
    [InlineData(0.0, '=')]
    [InlineData(0.00004, '=')]
    [InlineData(-0.00004, '=')]
    [InlineData(0.0001, '+')]
    [InlineData(1.5, '+')]
    [InlineData(-0.0001, '-')]
    [InlineData(-2.0, '-')]
    public void Sign_IsDecidedOnThePrintedValue(double contribution, char expected)
    {
        Assert.Equal(expected, SuggestionOutput.Sign(contribution));
    }

    [Fact]
    public void Sign_NegativeZero_IsEquals()
    {
        Assert.Equal('=', SuggestionOutput.Sign(-0.0));
    }

    [Theory]
    [InlineData(-0.00004)]
    [InlineData(-1e-300)]
    public void Shown_RoundsToNegativeZero_IsWrittenAsZero(double contribution)
    {
        var shown = SuggestionOutput.Shown(contribution);

        Assert.False(double.IsNegative(shown));
        Assert.Equal("0.0", new JValue(shown).ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Shown_NegativeZero_IsWrittenAsZero()
    {
        Assert.Equal("0.0", new JValue(SuggestionOutput.Shown(-0.0)).ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void WriteTable_ReasonThatCountedNothing_IsMarkedNeitherPlusNorMinus()
    {
        var reasons = new[]
        {
            new SuggestionReason(ReasonFactors.Stage, "same stage: Qualify", 1.5),
            new SuggestionReason(ReasonFactors.Effectiveness, "won 0 of 1 deals where it was applied", -0.0),
            new SuggestionReason(ReasonFactors.Stage, "written for Close", -1.5),
        };
        var output = new StringWriter();

        SuggestionOutput.WriteTable(output, [new Suggestion(Some.Practice("p").Build(), 0.0, 1, reasons)]);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r').Trim()).ToArray();
        Assert.Contains("+ same stage: Qualify", lines);
        Assert.Contains("= won 0 of 1 deals where it was applied", lines);
        Assert.Contains("- written for Close", lines);
        Assert.Contains("Discovery | score 0.00", lines);
    }

    [Fact]
    public void Shortfall_FewEligibleAndTopicCap_GivesBothReasons()
    {
        var practices = Enumerable.Range(1, 3).Select(i => (Practice)Some.Practice($"d{i}"));
        var list = PracticeIndex.Build(practices).Suggest(DealContext.Empty, 5, SomePractices.AsOfUtc);

        Assert.Equal(
            "Showing 2 of the 5 asked for: only 3 approved practice(s) are eligible for this deal (not expired, visible to you, and reached by its notes or fields, or among the best-proven); at most 2 suggestions share a topic, which holds back 1 eligible practice(s) on topics already full.",
            SuggestionOutput.Shortfall(list));
    }

    [Fact]
    public void Shortfall_FullList_IsNullAndNotPrinted()
    {
        var practices = new Practice[] { Some.Practice("a"), Some.Practice("b").WithTopic(PracticeTopic.Pricing) };
        var list = PracticeIndex.Build(practices).Suggest(DealContext.Empty, 2, SomePractices.AsOfUtc);
        var output = new StringWriter();

        SuggestionOutput.WriteTable(output, list);

        Assert.Null(SuggestionOutput.Shortfall(list));
        Assert.DoesNotContain("Showing", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddCounts_AddsRequestedEligibleCapAndNote()
    {
        var list = PracticeIndex.Build([Some.Practice("a")]).Suggest(DealContext.Empty, 3, SomePractices.AsOfUtc);
        var document = new JObject();

        SuggestionOutput.AddCounts(document, list);

        Assert.Equal(new[] { "requested", "eligibleCount", "maxPerTopic", "note" }, document.Properties().Select(p => p.Name));
        Assert.Equal((3, 1, 2), ((int)document["requested"]!, (int)document["eligibleCount"]!, (int)document["maxPerTopic"]!));
        Assert.StartsWith("Showing 1 of the 3 asked for: only 1 approved practice(s) are eligible", (string?)document["note"], StringComparison.Ordinal);
    }
}
