using DataverseSharing.Domain.Ranking;

namespace DataverseSharing.Domain.Tests.Ranking;

public sealed class SuggestionReasonTests
{
    [Fact]
    public void Constructor_NullFactorAndText_AreEmpty()
    {
        var reason = new SuggestionReason(null!, null!, 1.5);

        Assert.Equal("", reason.Factor);
        Assert.Equal("", reason.Text);
        Assert.Equal(1.5, reason.Contribution);
    }
}
