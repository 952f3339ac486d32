using DataverseSharing.Serve.Faults;

namespace DataverseSharing.Serve.Tests.Faults;

public sealed class FaultSpecTests
{
    [Fact]
    public void Parse_TheDocumentedSpec_ReadsEveryShare()
    {
        var spec = FaultSpec.Parse("429:0.1,503:0.05,drop:0.02,slow:0.1");

        Assert.Equal((0.1, 0.05, 0.02, 0.1), (spec.Throttle, spec.Unavailable, spec.Drop, spec.Slow));
    }

    [Theory]
    [InlineData("500:0.1", "'500'")]
    [InlineData("429:lots", "'429:lots'")]
    [InlineData("429:1.5", "'429:1.5'")]
    [InlineData("429", "'429'")]
    [InlineData("429:0.1,429:0.2", "twice")]
    [InlineData("429:0.6,503:0.6", "more than 1")]
    public void Parse_BadSpec_IsRefusedNamingThePart(string spec, string named)
    {
        var error = Assert.Throws<FormatException>(() => FaultSpec.Parse(spec));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_SameSeed_DrawsTheSameFaults()
    {
        var spec = FaultSpec.Parse("429:0.2,503:0.2,drop:0.2,slow:0.2");
        var first = new FaultInjection(spec, 7);
        var second = new FaultInjection(spec, 7);

        var drawn = Enumerable.Range(0, 200).Select(_ => first.Next()).ToList();

        Assert.Equal(drawn, Enumerable.Range(0, 200).Select(_ => second.Next()));
        Assert.All(Enum.GetValues<FaultKind>(), kind => Assert.Contains(kind, drawn));
    }
}
