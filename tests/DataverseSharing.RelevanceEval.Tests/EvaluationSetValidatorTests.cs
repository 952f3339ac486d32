using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Tests;

public class EvaluationSetValidatorTests
{
    private static readonly DateTime AsOf = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static PracticeRecord Practice(string id, Status status = Status.Approved) => new()
    {
        Id = id,
        Title = "t",
        Summary = "s",
        Body = "b",
        Topic = Topic.Closing,
        Status = status,
    };

    private static EvaluationSet Set(IReadOnlyList<PracticeRecord> practices, IReadOnlyList<DealRecord> deals, Dictionary<string, IReadOnlyDictionary<string, int>> judgments) => new()
    {
        Name = "t",
        AsOf = AsOf,
        Practices = practices,
        Deals = deals,
        Judgments = judgments,
    };

    private static Dictionary<string, IReadOnlyDictionary<string, int>> Judge(string deal, string practice, int grade) =>
        new() { [deal] = new Dictionary<string, int> { [practice] = grade } };

    [Fact]
    public void Validate_ConsistentSet_ReportsNothing()
    {
        var set = Set([Practice("P1")], [new DealRecord { Id = "D1", Name = "d" }], Judge("D1", "P1", 3));

        Assert.Empty(EvaluationSetValidator.Validate(set));
    }

    [Fact]
    public void Validate_DuplicatePracticeId_ReportsIt()
    {
        var set = Set([Practice("P1"), Practice("P1")], [new DealRecord { Id = "D1", Name = "d" }], Judge("D1", "P1", 3));

        Assert.Contains("practice id P1 is used 2 times", EvaluationSetValidator.Validate(set));
    }

    [Fact]
    public void Validate_JudgmentForUnknownPractice_ReportsIt()
    {
        var set = Set([Practice("P1")], [new DealRecord { Id = "D1", Name = "d" }], Judge("D1", "P9", 3));

        Assert.Contains("judgments for D1 refer to unknown practice P9", EvaluationSetValidator.Validate(set));
    }

    [Fact]
    public void Validate_DealWithoutAThree_ReportsIt()
    {
        var set = Set([Practice("P1")], [new DealRecord { Id = "D1", Name = "d" }], Judge("D1", "P1", 2));

        Assert.Contains("deal D1 has no practice judged 3", EvaluationSetValidator.Validate(set));
    }

    [Fact]
    public void Validate_RetiredPracticeJudgedRelevant_ReportsIt()
    {
        var set = Set([Practice("P1", Status.Retired), Practice("P2")], [new DealRecord { Id = "D1", Name = "d" }],
            new() { ["D1"] = new Dictionary<string, int> { ["P1"] = 2, ["P2"] = 3 } });

        Assert.Contains("judgments for D1 rate unpublished practice P1 as 2", EvaluationSetValidator.Validate(set));
    }

    [Fact]
    public void Validate_ValueOutsideVocabulary_ReportsRecordAndField()
    {
        var set = Set([Practice("P1")], [new DealRecord { Id = "D1", Name = "d", Industry = "Banking" }], Judge("D1", "P1", 3));

        Assert.Contains("record D1, field 'industry': 'Banking' is not in the vocabulary", EvaluationSetValidator.Validate(set));
    }
}
