using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class DealSizeBandsTests
{
    [Theory]
    [InlineData("0", DealSizeBand.Small)]
    [InlineData("49999.99", DealSizeBand.Small)]
    [InlineData("50000", DealSizeBand.Medium)]
    [InlineData("249999.99", DealSizeBand.Medium)]
    [InlineData("250000", DealSizeBand.Large)]
    [InlineData("999999.99", DealSizeBand.Large)]
    [InlineData("1000000", DealSizeBand.Enterprise)]
    [InlineData("250000000", DealSizeBand.Enterprise)]
    public void FromEstimatedValue_AtBoundaries_ReturnsDocumentedBand(string value, DealSizeBand expected)
    {
        var amount = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, DealSizeBands.FromEstimatedValue(amount));
    }

    [Fact]
    public void FromEstimatedValue_Negative_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DealSizeBands.FromEstimatedValue(-1m));

        Assert.Equal("estimatedValue", error.ParamName);
        Assert.StartsWith("An estimated value cannot be negative.", error.Message, StringComparison.Ordinal);
    }
}
