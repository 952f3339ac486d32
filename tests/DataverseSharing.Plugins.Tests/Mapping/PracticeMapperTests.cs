using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Mapping;

public sealed class PracticeMapperTests
{
    private static Practice FullPractice() => new()
    {
        Id = Guid.NewGuid().ToString("D"),
        Title = "Map the buying committee before the proposal",
        Summary = "Name every member of the decision unit.",
        Body = "Ask your champion who signs, who vetoes and who uses.",
        Topic = PracticeTopic.LargeDecisionUnit,
        Industries = new[] { "Manufacturing", "Energy" },
        Regions = new[] { "DACH" },
        ProductFamilies = new[] { "Cloud ERP" },
        DealSizeBand = DealSizeBand.Enterprise,
        SalesStages = new[] { SalesStage.Propose, SalesStage.Develop },
        BuyerRoles = new[] { "CFO", "Procurement" },
        Competitors = new[] { "Fabrikam" },
        Keywords = new[] { "buying committee" },
        Status = PracticeStatus.Approved,
        Version = 3,
        ReviewOnUtc = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        ExpiresOnUtc = new DateTime(2027, 6, 30, 0, 0, 0, DateTimeKind.Utc),
        SourceOpportunityId = Guid.NewGuid().ToString("D"),
        ApproverId = Guid.NewGuid().ToString("D"),
        Effectiveness = new EffectivenessStats
        {
            AppliedWon = 7,
            AppliedLost = 2,
            BaselineWon = 40,
            BaselineLost = 60,
            AgainstCompetitors = [new CompetitorOutcome("Fabrikam", 5, 1), new CompetitorOutcome("Adventure Works", 2, 0)],
        },
    };

    [Fact]
    public void ToEntityThenToPractice_FullPractice_RoundTripsEveryMappedField()
    {
        var practice = FullPractice();
        var row = PracticeMapper.ToEntity(practice);
        row[BestPracticeSchema.StatusCode] = new OptionSetValue(PracticeMapper.StatusCodeOf(practice.Status));
        row[BestPracticeSchema.ApprovedOn] = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        row[BestPracticeSchema.ModifiedOn] = new DateTime(2026, 12, 24, 0, 0, 0, DateTimeKind.Utc);

        var back = PracticeMapper.ToPractice(row);

        Assert.Equal(practice.Id, back.Id);
        Assert.Equal(practice.Title, back.Title);
        Assert.Equal(practice.Summary, back.Summary);
        Assert.Equal(practice.Body, back.Body);
        Assert.Equal(practice.Topic, back.Topic);
        Assert.Equal(practice.Industries, back.Industries);
        Assert.Equal(practice.Regions, back.Regions);
        Assert.Equal(practice.ProductFamilies, back.ProductFamilies);
        Assert.Equal(practice.DealSizeBand, back.DealSizeBand);
        Assert.Equal(new[] { SalesStage.Develop, SalesStage.Propose }, back.SalesStages);
        Assert.Equal(practice.BuyerRoles, back.BuyerRoles);
        Assert.Equal(practice.Competitors, back.Competitors);
        Assert.Equal(practice.Keywords, back.Keywords);
        Assert.Equal(PracticeStatus.Approved, back.Status);
        Assert.Equal(3, back.Version);
        Assert.Equal(practice.ReviewOnUtc, back.ReviewOnUtc);
        Assert.Equal(practice.ExpiresOnUtc, back.ExpiresOnUtc);
        Assert.Equal(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), back.ApprovedOnUtc);
        Assert.Equal(practice.SourceOpportunityId, back.SourceOpportunityId);
        Assert.Equal(practice.ApproverId, back.ApproverId);
        Assert.Equal(7, back.Effectiveness.AppliedWon);
        Assert.Equal(60, back.Effectiveness.BaselineLost);
        Assert.Equal(practice.Effectiveness, back.Effectiveness);
        Assert.Equal(new CompetitorOutcome("Fabrikam", 5, 1), back.Effectiveness.Against("Fabrikam"));
    }

    [Fact]
    public void ToPractice_UnreadableCompetitorOutcomes_ThrowsNamingRecordColumnAndLine()
    {
        var row = PracticeMapper.ToEntity(FullPractice());
        row[BestPracticeSchema.CompetitorOutcomes] = "Fabrikam: 5 won, 1 lost\nNorthwind: lots won, 1 lost";

        var ex = Assert.Throws<ArgumentException>(() => PracticeMapper.ToPractice(row));

        Assert.Equal($"dvs_bestpractice {row.Id:D}: dvs_competitoroutcomes line 2 is 'Northwind: lots won, 1 lost'; expected 'Competitor: 7 won, 2 lost'.", ex.Message);
    }

    [Fact]
    public void ToEntity_Topic_UsesTheGlobalChoiceValue()
    {
        var row = PracticeMapper.ToEntity(FullPractice() with { Topic = PracticeTopic.HandoffToService });

        Assert.Equal(617420010, row.GetAttributeValue<OptionSetValue>(BestPracticeSchema.Topic)!.Value);
        Assert.Equal(617420003, row.GetAttributeValue<OptionSetValue>(BestPracticeSchema.DealSizeBand)!.Value);
    }

    [Fact]
    public void ToPractice_SparseRow_DefaultsWithoutThrowing()
    {
        var row = new Entity(BestPracticeSchema.Table, Guid.NewGuid());
        row[BestPracticeSchema.Topic] = new OptionSetValue(617420001);

        var practice = PracticeMapper.ToPractice(row);

        Assert.Equal(PracticeTopic.Discovery, practice.Topic);
        Assert.Equal(PracticeStatus.Draft, practice.Status);
        Assert.Equal(string.Empty, practice.Title);
        Assert.Empty(practice.Industries);
        Assert.Null(practice.DealSizeBand);
        Assert.Equal(1, practice.Version);
        Assert.Null(practice.ApprovedOnUtc);
    }

    [Theory]
    [InlineData(BestPracticeSchema.Topic, 999, "not a practice topic")]
    [InlineData(BestPracticeSchema.DealSizeBand, 5, "not a deal size band")]
    [InlineData(BestPracticeSchema.StatusCode, 42, "not a status reason")]
    public void ToPractice_UnknownChoiceValue_ThrowsNamingRecordAndColumn(string column, int value, string expected)
    {
        var row = new Entity(BestPracticeSchema.Table, Guid.NewGuid());
        row[BestPracticeSchema.Topic] = new OptionSetValue(617420001);
        row[column] = new OptionSetValue(value);

        var ex = Assert.Throws<ArgumentException>(() => PracticeMapper.ToPractice(row));

        Assert.Contains(row.Id.ToString("D"), ex.Message, StringComparison.Ordinal);
        Assert.Contains(column, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPractice_NoTopic_ThrowsNamingColumn()
    {
        var row = new Entity(BestPracticeSchema.Table, Guid.NewGuid());

        var ex = Assert.Throws<ArgumentException>(() => PracticeMapper.ToPractice(row));

        Assert.Contains(BestPracticeSchema.Topic, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPractice_NegativeCount_ThrowsNamingColumn()
    {
        var row = new Entity(BestPracticeSchema.Table, Guid.NewGuid());
        row[BestPracticeSchema.Topic] = new OptionSetValue(617420001);
        row[BestPracticeSchema.AppliedLost] = -1;

        var ex = Assert.Throws<ArgumentException>(() => PracticeMapper.ToPractice(row));

        Assert.Contains(BestPracticeSchema.AppliedLost, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PracticeStatus.Draft, 0, 1)]
    [InlineData(PracticeStatus.Submitted, 0, 617420000)]
    [InlineData(PracticeStatus.Approved, 0, 617420001)]
    [InlineData(PracticeStatus.Rejected, 0, 617420002)]
    [InlineData(PracticeStatus.Retired, 1, 2)]
    public void StateAndStatusCodeOf_EachStatus_MatchesTheSolution(PracticeStatus status, int state, int statusCode)
    {
        Assert.Equal(state, PracticeMapper.StateCodeOf(status));
        Assert.Equal(statusCode, PracticeMapper.StatusCodeOf(status));
    }
}
