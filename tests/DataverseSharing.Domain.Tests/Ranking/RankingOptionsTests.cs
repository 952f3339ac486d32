using DataverseSharing.Domain.Ranking;

namespace DataverseSharing.Domain.Tests.Ranking;

public sealed class RankingOptionsTests
{
    [Fact]
    public void Default_HasDocumentedValues()
    {
        var options = RankingOptions.Default;

        Assert.Equal(5, options.MaxSuggestions);
        Assert.Equal(2, options.MaxPerTopic);
        Assert.Equal(1.2, options.Bm25K1);
        Assert.Equal(0.75, options.Bm25B);
        Assert.Equal(1.5, options.StageWeight);
        Assert.Equal(1.0, options.MismatchPenalty);
        Assert.Equal(2.0, options.OutOfScopePenalty);
        Assert.Equal(1.0, options.TopicWeight);
        Assert.Equal(0.5, options.SynonymWeight);
        Assert.Equal(1.5, options.FlaggedPenalty);
        Assert.Equal(2.0, options.AlreadyUsedPenalty);
        Assert.Same(DataverseSharing.Domain.Text.SalesThesaurus.Default, options.Thesaurus);
    }

    public static TheoryData<Func<RankingOptions>, string> InvalidOptions => new()
    {
        { () => new RankingOptions { MaxPerTopic = 0 }, nameof(RankingOptions.MaxPerTopic) },
        { () => new RankingOptions { MaxSuggestions = 0 }, nameof(RankingOptions.MaxSuggestions) },
        { () => new RankingOptions { TextWeight = -1 }, nameof(RankingOptions.TextWeight) },
        { () => new RankingOptions { StageWeight = double.NaN }, nameof(RankingOptions.StageWeight) },
        { () => new RankingOptions { EffectivenessWeight = 1e9 }, nameof(RankingOptions.EffectivenessWeight) },
        { () => new RankingOptions { Bm25B = 1.5 }, nameof(RankingOptions.Bm25B) },
        { () => new RankingOptions { MismatchPenalty = 2 }, nameof(RankingOptions.MismatchPenalty) },
        { () => new RankingOptions { FreshnessHalfLifeDays = 0 }, nameof(RankingOptions.FreshnessHalfLifeDays) },
        { () => new RankingOptions { PriorPoolSize = -1 }, nameof(RankingOptions.PriorPoolSize) },
        { () => new RankingOptions { OutOfScopePenalty = -0.5 }, nameof(RankingOptions.OutOfScopePenalty) },
        { () => new RankingOptions { TopicWeight = 1e6 }, nameof(RankingOptions.TopicWeight) },
        { () => new RankingOptions { FlaggedPenalty = -1 }, nameof(RankingOptions.FlaggedPenalty) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Init_OutOfRange_ThrowsNamingTheOption(Func<RankingOptions> create, string option)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => create());

        Assert.Equal(option, error.ParamName);
    }

    [Fact]
    public void Init_ValidValues_AreKept()
    {
        var options = new RankingOptions { MaxPerTopic = 1, TextWeight = 0, MismatchPenalty = 1 };

        Assert.Equal(1, options.MaxPerTopic);
        Assert.Equal(0, options.TextWeight);
    }
}
