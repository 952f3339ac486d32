using DataverseSharing.Domain.Learning;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Testing;

namespace DataverseSharing.Domain.Tests.Learning;

public sealed class ComparableDealsTests
{
    [Fact]
    public void IsComparable_GenericPractice_AnyDeal()
    {
        Assert.True(ComparableDeals.IsComparable(Some.Practice().Build(), new DealOutcome()));
    }

    [Fact]
    public void IsComparable_OtherIndustryOrBand_IsFalse()
    {
        var practice = Some.Practice().ForIndustries("Retail").ForSize(DealSizeBand.Large).Build();

        Assert.False(ComparableDeals.IsComparable(practice, new DealOutcome { Industry = "Healthcare", SizeBand = DealSizeBand.Large }));
        Assert.False(ComparableDeals.IsComparable(practice, new DealOutcome { Industry = "Retail", SizeBand = DealSizeBand.Small }));
        Assert.False(ComparableDeals.IsComparable(practice, new DealOutcome { SizeBand = DealSizeBand.Large }));
        Assert.True(ComparableDeals.IsComparable(practice, new DealOutcome { Industry = " retail", SizeBand = DealSizeBand.Large }));
    }
}
