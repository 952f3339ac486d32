using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Mapping;

public sealed class DealContextMapperTests
{
    private static Entity Opportunity()
    {
        var row = new Entity(OpportunitySchema.Table, Guid.NewGuid());
        row[OpportunitySchema.Name] = "Contoso plant rollout";
        row[OpportunitySchema.SalesStage] = new OptionSetValue(2);
        row[OpportunitySchema.EstimatedValue] = new Money(420000m);
        row[OpportunitySchema.Competitors] = "Fabrikam; Northwind";
        row[OpportunitySchema.BuyerRoles] = "CFO;Procurement";
        row[OpportunitySchema.ProductFamilies] = "Cloud ERP";
        row[OpportunitySchema.DecisionUnitSize] = 9;
        row[OpportunitySchema.Description] = "Purchasing wants a multi-year discount.";
        row[OpportunitySchema.CustomerPainPoints] = "Month-end close takes 12 days.";
        return row;
    }

    private static Entity Account(string? region = "DACH")
    {
        var row = new Entity(AccountSchema.Table, Guid.NewGuid());
        row[AccountSchema.IndustryCode] = new OptionSetValue(12);
        row.FormattedValues[AccountSchema.IndustryCode] = "Manufacturing";
        row[AccountSchema.Region] = region;
        return row;
    }

    [Fact]
    public void ToDealContext_FullDeal_MapsEveryField()
    {
        var feedback = new DealFeedback(new[] { "p1" }, new[] { "p2" }, new[] { "p3" });

        var deal = DealContextMapper.ToDealContext(Opportunity(), Account(), feedback);

        Assert.Equal("Manufacturing", deal.Industry);
        Assert.Equal("DACH", deal.Region);
        Assert.Equal(SalesStage.Propose, deal.Stage);
        Assert.Equal(420000m, deal.EstimatedValue);
        Assert.Equal(new[] { "Fabrikam", "Northwind" }, deal.Competitors);
        Assert.Equal(new[] { "CFO", "Procurement" }, deal.BuyerRoles);
        Assert.Equal(new[] { "Cloud ERP" }, deal.Products);
        Assert.Equal(9, deal.DecisionUnitSize);
        Assert.Contains("multi-year discount", deal.Description, StringComparison.Ordinal);
        Assert.Contains("Month-end close", deal.Description, StringComparison.Ordinal);
        Assert.Contains("Contoso plant rollout", deal.Description, StringComparison.Ordinal);
        Assert.Equal(new[] { "p1" }, deal.PracticesUsed);
        Assert.Equal(new[] { "p2" }, deal.DismissedPracticeIds);
        Assert.Equal(new[] { "p3" }, deal.TeamDismissedPracticeIds);
    }

    [Fact]
    public void ToDealContext_OpportunityRegionSet_OverridesAccountRegion()
    {
        var opportunity = Opportunity();
        opportunity[OpportunitySchema.Region] = "Nordics";

        Assert.Equal("Nordics", DealContextMapper.ToDealContext(opportunity, Account()).Region);
    }

    [Fact]
    public void ToDealContext_NoAccount_NoIndustryNoRegion()
    {
        var deal = DealContextMapper.ToDealContext(Opportunity(), null);

        Assert.Null(deal.Industry);
        Assert.Null(deal.Region);
        Assert.Empty(deal.DismissedPracticeIds);
    }

    [Fact]
    public void ToDealContext_EmptyOpportunity_EmptyContext()
    {
        var deal = DealContextMapper.ToDealContext(new Entity(OpportunitySchema.Table, Guid.NewGuid()), null);

        Assert.Null(deal.Stage);
        Assert.Null(deal.EstimatedValue);
        Assert.Null(deal.Description);
        Assert.Empty(deal.Competitors);
    }

    [Fact]
    public void ToDealContext_NegativeEstimatedValue_ThrowsNamingRecord()
    {
        var opportunity = Opportunity();
        opportunity[OpportunitySchema.EstimatedValue] = new Money(-5m);

        var ex = Assert.Throws<ArgumentException>(() => DealContextMapper.ToDealContext(opportunity, null));

        Assert.Contains(opportunity.Id.ToString("D"), ex.Message, StringComparison.Ordinal);
        Assert.Contains(OpportunitySchema.EstimatedValue, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDealContext_UnknownSalesStage_StageUnknown()
    {
        var opportunity = Opportunity();
        opportunity[OpportunitySchema.SalesStage] = new OptionSetValue(7);

        Assert.Null(DealContextMapper.ToDealContext(opportunity, null).Stage);
    }

    [Fact]
    public void OpportunityColumns_IncludeEveryRankingColumnOnce()
    {
        Assert.Equal(DealContextMapper.OpportunityColumns.Length, DealContextMapper.OpportunityColumns.Distinct().Count());
        Assert.All(OpportunitySchema.RankingColumns, c => Assert.Contains(c, DealContextMapper.OpportunityColumns));
    }
}
