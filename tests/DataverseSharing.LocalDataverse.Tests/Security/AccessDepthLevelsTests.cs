using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class AccessDepthLevelsTests
{
    [Theory]
    [InlineData(AccessDepth.User, "Basic")]
    [InlineData(AccessDepth.BusinessUnit, "Local")]
    [InlineData(AccessDepth.ParentChildBusinessUnits, "Deep")]
    [InlineData(AccessDepth.Organization, "Global")]
    public void ToLevel_EachGrantingDepth_RoundTripsThroughTryParseLevel(AccessDepth depth, string level)
    {
        Assert.Equal(level, depth.ToLevel());
        Assert.True(AccessDepthLevels.TryParseLevel(level, out var parsed));
        Assert.Equal(depth, parsed);
    }

    [Fact]
    public void ToLevel_None_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AccessDepth.None.ToLevel());
    }

    [Theory]
    [InlineData("global")]
    [InlineData("None")]
    [InlineData("Organization")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseLevel_NotASchemaLevel_ReturnsFalse(string? level)
    {
        Assert.False(AccessDepthLevels.TryParseLevel(level, out var depth));
        Assert.Equal(AccessDepth.None, depth);
    }

    [Fact]
    public void AccessDepth_Order_GrowsWithReach()
    {
        Assert.True(AccessDepth.None < AccessDepth.User);
        Assert.True(AccessDepth.User < AccessDepth.BusinessUnit);
        Assert.True(AccessDepth.BusinessUnit < AccessDepth.ParentChildBusinessUnits);
        Assert.True(AccessDepth.ParentChildBusinessUnits < AccessDepth.Organization);
    }
}
