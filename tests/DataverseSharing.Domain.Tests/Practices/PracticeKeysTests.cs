using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class PracticeKeysTests
{
    [Fact]
    public void ForSourceDeal_SameDeal_SameKey()
    {
        var deal = Guid.NewGuid();

        Assert.Equal("deal-" + deal.ToString("N"), PracticeKeys.ForSourceDeal(deal));
    }

    [Theory]
    [InlineData("pricing-bundle", 2, "pricing-bundle-v2")]
    [InlineData("pricing-bundle-v2", 3, "pricing-bundle-v3")]
    [InlineData("v2-plan", 2, "v2-plan-v2")]
    public void ForRevision_ReplacesTheVersionSuffix(string key, int version, string expected)
    {
        Assert.Equal(expected, PracticeKeys.ForRevision(key, version));
    }

    [Fact]
    public void ForRevision_LongKey_StaysWithinTheColumn()
    {
        var key = PracticeKeys.ForRevision(new string('k', 100), 12);

        Assert.Equal(PracticeKeys.MaxLength, key.Length);
        Assert.EndsWith("-v12", key, StringComparison.Ordinal);
    }
}
