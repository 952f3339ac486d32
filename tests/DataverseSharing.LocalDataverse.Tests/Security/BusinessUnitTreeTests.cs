using DataverseSharing.LocalDataverse.Security;
using static DataverseSharing.LocalDataverse.Tests.Security.SalesOrganization;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class BusinessUnitTreeTests
{
    [Fact]
    public void Root_SalesOrganization_IsTheUnitWithoutParent()
    {
        Assert.Equal(Root, Tree.Root);
        Assert.Equal(5, Tree.Count);
        Assert.Null(Tree.ParentOf(Root));
        Assert.Equal(SalesEu, Tree.ParentOf(SalesEuNorth));
    }

    [Fact]
    public void Ancestors_LeafUnit_ListsParentsUpToRootNearestFirst()
    {
        Assert.Equal([SalesEu, Root], Tree.Ancestors(SalesEuNorth));
        Assert.Empty(Tree.Ancestors(Root));
    }

    [Fact]
    public void Descendants_MiddleUnit_ListsEveryUnitBelowButNotItself()
    {
        Assert.Equal([SalesEuNorth, SalesEuSouth], Tree.Descendants(SalesEu));
        Assert.Empty(Tree.Descendants(SalesUs));
    }

    [Fact]
    public void SelfAndDescendants_Root_ListsTheWholeTreeRootFirst()
    {
        var all = Tree.SelfAndDescendants(Root);

        Assert.Equal(Root, all[0]);
        Assert.Equal(5, all.Count);
        Assert.Equal(5, all.Distinct().Count());
    }

    [Theory]
    [InlineData("10000000-0000-0000-0000-000000000003", "10000000-0000-0000-0000-000000000002", true)]
    [InlineData("10000000-0000-0000-0000-000000000003", "10000000-0000-0000-0000-000000000001", true)]
    [InlineData("10000000-0000-0000-0000-000000000002", "10000000-0000-0000-0000-000000000002", true)]
    [InlineData("10000000-0000-0000-0000-000000000002", "10000000-0000-0000-0000-000000000003", false)]
    [InlineData("10000000-0000-0000-0000-000000000005", "10000000-0000-0000-0000-000000000002", false)]
    public void IsSameOrBelow_PairOfUnits_FollowsTheTree(string unit, string ancestor, bool expected)
    {
        Assert.Equal(expected, Tree.IsSameOrBelow(new Guid(unit), new Guid(ancestor)));
    }

    [Fact]
    public void Single_OneUnit_IsRootWithoutDescendants()
    {
        var tree = BusinessUnitTree.Single(Root);

        Assert.Equal(Root, tree.Root);
        Assert.Equal([Root], tree.SelfAndDescendants(Root));
    }

    [Fact]
    public void Ancestors_UnknownUnit_ThrowsNamingIt()
    {
        var unknown = Guid.NewGuid();

        var error = Assert.Throws<ArgumentException>(() => Tree.Ancestors(unknown));

        Assert.Contains(unknown.ToString(), error.Message, StringComparison.Ordinal);
        Assert.False(Tree.Contains(unknown));
    }

    [Fact]
    public void Constructor_TwoRoots_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new BusinessUnitTree([new(Root, null), new(SalesEu, null)]));

        Assert.Contains("exactly one root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnknownParent_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new BusinessUnitTree([new(Root, null), new(SalesEu, SalesUs)]));

        Assert.Contains("not in the tree", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Cycle_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new BusinessUnitTree(
            [new(Root, null), new(SalesEu, SalesEuNorth), new(SalesEuNorth, SalesEu)]));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnitListedTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new BusinessUnitTree([new(Root, null), new(SalesEu, Root), new(SalesEu, Root)]));
    }
}
