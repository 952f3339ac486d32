using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class PracticeVisibilityTests
{
    [Fact]
    public void IsVisibleTo_Organization_IsTrueForAnyone()
    {
        Assert.True(PracticeVisibility.Organization.IsVisibleTo(null));
    }

    [Fact]
    public void IsVisibleTo_RestrictedAndMember_IsTrue()
    {
        var visibility = PracticeVisibility.ForTeams(["team-emea"]);

        Assert.True(visibility.IsVisibleTo(["TEAM-EMEA"]));
        Assert.False(visibility.IsVisibleTo(["team-apac"]));
        Assert.False(visibility.IsVisibleTo(null));
    }

    [Fact]
    public void ForTeams_NoTeams_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => PracticeVisibility.ForTeams([" "]));
    }
}
