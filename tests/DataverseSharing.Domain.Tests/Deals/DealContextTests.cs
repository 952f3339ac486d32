using DataverseSharing.Domain.Deals;

namespace DataverseSharing.Domain.Tests.Deals;

public sealed class DealContextTests
{
    [Fact]
    public void EstimatedValue_Negative_ThrowsArgumentOutOfRangeNamingProperty()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DealContext { EstimatedValue = -0.01m });

        Assert.Equal(nameof(DealContext.EstimatedValue), error.ParamName);
    }

    [Fact]
    public void DecisionUnitSize_Negative_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DealContext { DecisionUnitSize = -1 });

        Assert.Equal(nameof(DealContext.DecisionUnitSize), error.ParamName);
    }

    [Fact]
    public void New_Collections_DefaultToEmpty()
    {
        var deal = new DealContext { Products = null!, DismissedPracticeIds = null! };

        Assert.Empty(deal.Products);
        Assert.Empty(deal.Competitors);
        Assert.Empty(deal.BuyerRoles);
        Assert.Empty(deal.PracticesUsed);
        Assert.Empty(deal.DismissedPracticeIds);
        Assert.Empty(deal.TeamDismissedPracticeIds);
    }

    [Fact]
    public void EstimatedValue_Zero_IsAccepted()
    {
        Assert.Equal(0m, new DealContext { EstimatedValue = 0m }.EstimatedValue);
    }
}
