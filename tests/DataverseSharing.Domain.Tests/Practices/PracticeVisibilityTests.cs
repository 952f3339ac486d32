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
        var error = Assert.Throws<ArgumentException>(() => PracticeVisibility.ForTeams([" "]));

        Assert.Equal("teamIds", error.ParamName);
        Assert.StartsWith("A restricted practice needs at least one team id.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForTeams_Null_ThrowsArgumentNull()
    {
        var error = Assert.Throws<ArgumentNullException>(() => PracticeVisibility.ForTeams(null!));

        Assert.Equal("teamIds", error.ParamName);
    }

    [Fact]
    public void ForTeams_DuplicatesAndBlanks_KeepsEachTeamOnce()
    {
        var visibility = PracticeVisibility.ForTeams(["team-a", "", "TEAM-A", "team-b"]);

        Assert.Equal(["team-a", "team-b"], visibility.TeamIds);
        Assert.False(visibility.IsOrganizationWide);
        Assert.False(visibility.IsVisibleTo([]));
        Assert.True(visibility.IsVisibleTo(["x", "team-b"]));
    }
}
