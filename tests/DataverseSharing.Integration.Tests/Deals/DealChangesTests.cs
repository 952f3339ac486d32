using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Tests.Deals;

public sealed class DealChangesTests
{
    private static Entity Row() => new(OpportunitySchema.Table, Guid.NewGuid())
    {
        RowVersion = "41",
        [OpportunitySchema.Competitors] = "SAP; Oracle",
        [OpportunitySchema.SalesStage] = new OptionSetValue((int)SalesStage.Qualify),
        [OpportunitySchema.StepName] = "1-Qualify",
        [OpportunitySchema.EstimatedValue] = new Money(420000m),
        [OpportunitySchema.DecisionUnitSize] = 6,
        [OpportunitySchema.Description] = "Supply chain",
    };

    [Fact]
    public void Apply_CompetitorAlreadyListedInOtherCase_ChangesNothingAndNamesIt()
    {
        var plan = new DealChanges { Competitors = ["sap"] }.Apply(Row());

        Assert.Null(plan.Update);
        Assert.Empty(plan.Changed);
        Assert.Equal(["competitors already include SAP"], plan.AlreadySo);
    }

    [Fact]
    public void Apply_SomeCompetitorsNew_AddsOnlyThoseOnce()
    {
        var plan = new DealChanges { Competitors = ["SAP", "Infor", "infor ", "Workday"] }.Apply(Row());

        Assert.NotNull(plan.Update);
        Assert.Equal("SAP; Oracle; Infor; Workday", plan.Update[OpportunitySchema.Competitors]);
        Assert.Equal(["competitors + Infor, Workday"], plan.Changed);
        Assert.Equal(["competitors already include SAP"], plan.AlreadySo);
    }

    [Fact]
    public void Apply_Changes_CarryTheRowVersionTheyWereComputedFrom()
    {
        var plan = new DealChanges { Stage = SalesStage.Close }.Apply(Row());

        Assert.Equal("41", plan.Update!.RowVersion);
        Assert.Equal(new OptionSetValue(3), plan.Update[OpportunitySchema.SalesStage]);
        Assert.Equal("4-Close", plan.Update[OpportunitySchema.StepName]);
        Assert.Equal(["stage 1-Qualify -> 4-Close"], plan.Changed);
    }

    [Fact]
    public void Apply_EveryValueAlreadySo_SendsNothingAndSaysEach()
    {
        var plan = new DealChanges
        {
            Stage = SalesStage.Qualify,
            EstimatedValue = 420000m,
            DecisionUnitSize = 6,
            Description = "Supply chain",
            Region = string.Empty,
        }.Apply(Row());

        Assert.Null(plan.Update);
        Assert.Equal(
            ["stage already 1-Qualify", "description already that text", "region already empty", "estimated value already 420,000", "decision unit already 6"],
            plan.AlreadySo);
    }

    [Fact]
    public void Apply_OnlyChangedColumns_AreInTheUpdate()
    {
        var plan = new DealChanges { EstimatedValue = 450000m, DecisionUnitSize = 6 }.Apply(Row());

        Assert.Equal([OpportunitySchema.EstimatedValue], plan.Update!.Attributes.Keys);
        Assert.Equal(["estimated value 450,000"], plan.Changed);
        Assert.Equal(["decision unit already 6"], plan.AlreadySo);
    }
}
