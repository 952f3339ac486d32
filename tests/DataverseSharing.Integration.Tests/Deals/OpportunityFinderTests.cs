using DataverseSharing.Integration.Commands;
using DataverseSharing.Integration.Deals;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Plugins.Schema;

namespace DataverseSharing.Integration.Tests.Deals;

/// <summary>The console's bounds are the columns' own, as the org's metadata states them.</summary>
public sealed class OpportunityFinderTests
{
    private static ColumnDefinition Column(string name) => LocalMetadata.Default.GetTable(OpportunitySchema.Table).FindColumn(name)!;

    [Fact]
    public void NameMaxLength_IsTheNameColumnsMaxLength()
    {
        Assert.Equal(Column(OpportunitySchema.Name).MaxLength, OpportunityFinder.NameMaxLength);
    }

    [Fact]
    public void MaxValue_IsTheEstimatedValueColumnsMaxValue()
    {
        Assert.Equal(Column(OpportunitySchema.EstimatedValue).MaxValue, DealUpdateCommand.MaxValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData(null)]
    public void Problem_BlankText_SaysTheNameIsEmpty(string? text)
    {
        Assert.StartsWith("The opportunity name is empty", OpportunityFinder.Problem(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_TextUpToTheMaxLength_IsNone()
    {
        Assert.Null(OpportunityFinder.Problem(" " + new string('x', OpportunityFinder.NameMaxLength) + " "));
        Assert.NotNull(OpportunityFinder.Problem(new string('x', OpportunityFinder.NameMaxLength + 1)));
    }
}
