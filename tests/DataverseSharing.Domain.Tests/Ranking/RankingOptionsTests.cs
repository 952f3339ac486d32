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
        Assert.Equal(0.5, options.AlreadyUsedWonPenalty);
        Assert.Equal(3.0, options.AlreadyUsedLostPenalty);
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

    // Every numeric option with its documented range: the bounds themselves are accepted, a step beyond is refused.
    public static TheoryData<string, double, double> Ranges => new()
    {
        { nameof(RankingOptions.MaxSuggestions), 1, 100 },
        { nameof(RankingOptions.MaxPerTopic), 1, 100 },
        { nameof(RankingOptions.PriorPoolSize), 0, 10_000 },
        { nameof(RankingOptions.LargeDecisionUnitSize), 2, 1_000 },
        { nameof(RankingOptions.TextWeight), 0, 1_000 },
        { nameof(RankingOptions.StageWeight), 0, 1_000 },
        { nameof(RankingOptions.IndustryWeight), 0, 1_000 },
        { nameof(RankingOptions.SizeBandWeight), 0, 1_000 },
        { nameof(RankingOptions.ProductWeight), 0, 1_000 },
        { nameof(RankingOptions.CompetitorWeight), 0, 1_000 },
        { nameof(RankingOptions.BuyerRoleWeight), 0, 1_000 },
        { nameof(RankingOptions.RegionWeight), 0, 1_000 },
        { nameof(RankingOptions.DecisionUnitWeight), 0, 1_000 },
        { nameof(RankingOptions.MismatchPenalty), 0, 1 },
        { nameof(RankingOptions.OutOfScopePenalty), 0, 1_000 },
        { nameof(RankingOptions.EffectivenessWeight), 0, 1_000 },
        { nameof(RankingOptions.RatingWeight), 0, 1_000 },
        { nameof(RankingOptions.FreshnessWeight), 0, 1_000 },
        { nameof(RankingOptions.FreshnessHalfLifeDays), 1, 36_500 },
        { nameof(RankingOptions.DismissedPenalty), 0, 1_000 },
        { nameof(RankingOptions.TeamDismissedPenalty), 0, 1_000 },
        { nameof(RankingOptions.AlreadyUsedPenalty), 0, 1_000 },
        { nameof(RankingOptions.AlreadyUsedWonPenalty), 0, 1_000 },
        { nameof(RankingOptions.AlreadyUsedLostPenalty), 0, 1_000 },
        { nameof(RankingOptions.FlaggedPenalty), 0, 1_000 },
        { nameof(RankingOptions.Bm25K1), 0, 10 },
        { nameof(RankingOptions.Bm25B), 0, 1 },
        { nameof(RankingOptions.TitleFieldWeight), 0, 1_000 },
        { nameof(RankingOptions.SummaryFieldWeight), 0, 1_000 },
        { nameof(RankingOptions.KeywordsFieldWeight), 0, 1_000 },
        { nameof(RankingOptions.BodyFieldWeight), 0, 1_000 },
        { nameof(RankingOptions.SynonymWeight), 0, 1 },
        { nameof(RankingOptions.TopicWeight), 0, 1_000 },
    };

    [Fact]
    public void Ranges_EveryNumericOption_IsListed()
    {
        var listed = Ranges.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var numeric = typeof(RankingOptions).GetProperties()
            .Where(p => p.PropertyType == typeof(int) || p.PropertyType == typeof(double))
            .Select(p => p.Name);

        Assert.Equal(numeric.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Init_AtEitherBound_IsKept(string option, double min, double max)
    {
        Assert.Equal(min, Read(With(option, min), option));
        Assert.Equal(max, Read(With(option, max), option));
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Init_OneStepOutsideEitherBound_ThrowsNamingTheOptionAndItsRange(string option, double min, double max)
    {
        var step = IsInteger(option) ? 1 : 0.001;

        foreach (var value in new[] { min - step, max + step })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => With(option, value));

            Assert.Equal(option, error.ParamName);
            Assert.StartsWith($"{option} must be between {min} and {max}.", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Init_NullThesaurus_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new RankingOptions { Thesaurus = null! });

        Assert.Equal(nameof(RankingOptions.Thesaurus), error.ParamName);
    }

    private static bool IsInteger(string option) => typeof(RankingOptions).GetProperty(option)!.PropertyType == typeof(int);

    // Sets one init-only option through reflection, as an object initializer would, unwrapping the setter's exception.
    private static RankingOptions With(string option, double value)
    {
        var property = typeof(RankingOptions).GetProperty(option)!;
        var options = new RankingOptions();
        try
        {
            property.SetValue(options, IsInteger(option) ? checked((int)value) : (object)value);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }

        return options;
    }

    private static double Read(RankingOptions options, string option) =>
        Convert.ToDouble(typeof(RankingOptions).GetProperty(option)!.GetValue(options), System.Globalization.CultureInfo.InvariantCulture);
}
