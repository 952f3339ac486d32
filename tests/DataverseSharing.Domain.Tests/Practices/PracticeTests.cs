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

    [Fact]
    public void Init_Values_AreKept()
    {
        var practice = new Practice { Id = "p-9", Summary = "Short", Body = "Long", Keywords = ["k"], Contributors = ["u-1"] };

        Assert.Equal("p-9", practice.Id);
        Assert.Equal("Short", practice.Summary);
        Assert.Equal("Long", practice.Body);
        Assert.Equal(["k"], practice.Keywords);
        Assert.Equal(["u-1"], practice.Contributors);
    }

    [Fact]
    public void Init_NullTextsAndLists_AreNormalisedToEmpty()
    {
        var practice = new Practice { Id = null!, Summary = null!, Body = null!, Keywords = null!, Contributors = null! };

        Assert.Equal("", practice.Id);
        Assert.Equal("", practice.Summary);
        Assert.Equal("", practice.Body);
        Assert.Empty(practice.Keywords);
        Assert.Empty(practice.Contributors);
    }

    [Fact]
    public void New_Summary_IsEmpty()
    {
        Assert.Equal("", new Practice().Summary);
    }

    [Fact]
    public void Version_Zero_MessageSaysWhereVersionsStart()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Practice { Version = 0 });

        Assert.StartsWith("Version starts at 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Practice_ShowsIdVersionStatusAndTitle()
    {
        var practice = new Practice { Id = "p-1", Version = 3, Status = PracticeStatus.Approved, Title = "Anchor the price" };

        Assert.Equal("p-1 v3 [Approved] Anchor the price", practice.ToString());
    }
}
