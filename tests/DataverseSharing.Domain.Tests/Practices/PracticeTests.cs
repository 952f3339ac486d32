using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Tests.Practices;

public sealed class PracticeTests
{
    [Fact]
    public void New_Defaults_AreEmptyNotNull()
    {
        var practice = new Practice();

        Assert.Equal("", practice.Id);
        Assert.Equal("", practice.Title);
        Assert.Equal("", practice.Body);
        Assert.Empty(practice.Industries);
        Assert.Empty(practice.SalesStages);
        Assert.Empty(practice.Keywords);
        Assert.Empty(practice.Contributors);
        Assert.Equal(1, practice.Version);
        Assert.Same(EffectivenessStats.None, practice.Effectiveness);
        Assert.True(practice.Visibility.IsOrganizationWide);
    }

    [Fact]
    public void Init_NullValues_AreNormalisedToEmpty()
    {
        var practice = new Practice { Title = null!, Industries = null!, Effectiveness = null!, Visibility = null! };

        Assert.Equal("", practice.Title);
        Assert.Empty(practice.Industries);
        Assert.NotNull(practice.Effectiveness);
        Assert.True(practice.Visibility.IsOrganizationWide);
    }

    [Fact]
    public void Version_Zero_ThrowsNamingVersion()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Practice { Version = 0 });

        Assert.Equal(nameof(Practice.Version), error.ParamName);
    }

    [Fact]
    public void ToString_LongBody_StaysShort()
    {
        var practice = new Practice { Id = "p", Title = "t", Body = new string('x', 1_000_000) };

        Assert.True(practice.ToString().Length < 100);
    }
}
