using DataverseSharing.Domain.Text;

namespace DataverseSharing.Domain.Tests.Text;

public sealed class SalesThesaurusTests
{
    [Fact]
    public void Constructor_DuplicateGroupName_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalesThesaurus(
        [
            new ConceptGroup("budget", "budget", "planned to spend"),
            new ConceptGroup("Budget", "funding", "money"),
        ]));

        Assert.Contains("'Budget'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullGroup_ThrowsNamingItsPosition()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalesThesaurus([new ConceptGroup("budget", "budget", ""), null!]));

        Assert.Contains("#2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullList_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new SalesThesaurus(null!));
    }

    [Fact]
    public void ConceptGroup_NoTerms_ThrowsNamingTheGroup()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ConceptGroup("budget", " | ", "planned to spend"));

        Assert.Contains("'budget'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConceptGroup_Lists_AreSplitAndTrimmed()
    {
        var group = new ConceptGroup("procurement", " procurement | purchasing|", "purchasing department |sourcing team");

        Assert.Equal(["procurement", "purchasing"], group.Terms);
        Assert.Equal(["purchasing department", "sourcing team"], group.Phrases);
    }

    [Fact]
    public void ConceptGroup_TermWithTilde_IsAnArticleOnlyTerm()
    {
        var group = new ConceptGroup("legal review", "legal| ~contract |redlines", "");

        Assert.Equal(["legal", "contract", "redlines"], group.Terms);
        Assert.Equal(["contract"], group.ArticleOnlyTerms);
    }

    [Fact]
    public void ConceptGroup_OnlyTildes_ThrowsNamingTheGroup()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ConceptGroup("legal review", "~|~ ", "legal team"));

        Assert.Contains("'legal review'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_Groups_HaveUniqueNamesAndCoverEveryStageOfADeal()
    {
        var names = SalesThesaurus.Default.Groups.Select(g => g.Name).ToList();

        Assert.True(names.Count >= 40, $"only {names.Count} groups");
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("budget", names);
        Assert.Contains("procurement", names);
        Assert.Contains("go-live", names);
    }

    [Fact]
    public void Empty_HasNoGroups()
    {
        Assert.Empty(SalesThesaurus.Empty.Groups);
    }
}
