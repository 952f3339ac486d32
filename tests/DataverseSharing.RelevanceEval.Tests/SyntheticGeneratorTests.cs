using DataverseSharing.RelevanceEval.Data;
using DataverseSharing.RelevanceEval.Synthetic;

namespace DataverseSharing.RelevanceEval.Tests;

public class SyntheticGeneratorTests
{
    private static readonly SyntheticOptions Small = new() { Practices = 300, Deals = 30, Seed = 7 };

    private static Dictionary<string, string> WriteAndRead(EvaluationSet set, TempDirectory dir)
    {
        EvaluationSetWriter.Write(set, dir.Path, "test");
        return Directory.GetFiles(dir.Path).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
    }

    [Fact]
    public void Generate_SameSeedTwice_WritesByteIdenticalFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        var a = WriteAndRead(SyntheticGenerator.Generate(Small), first);
        var b = WriteAndRead(SyntheticGenerator.Generate(Small), second);

        Assert.Equal(4, a.Count);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Generate_DifferentSeed_ProducesDifferentSet()
    {
        var a = SyntheticGenerator.Generate(Small);
        var b = SyntheticGenerator.Generate(Small with { Seed = 8 });

        Assert.NotEqual(a.Deals.Select(d => d.Description), b.Deals.Select(d => d.Description));
    }

    [Fact]
    public void Generate_RequestedCounts_AreHonoured()
    {
        var set = SyntheticGenerator.Generate(Small);

        Assert.Equal(300, set.Practices.Count);
        Assert.Equal(30, set.Deals.Count);
    }

    [Fact]
    public void Generate_AnySeed_PassesIntegrityValidation()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            Assert.Empty(EvaluationSetValidator.Validate(SyntheticGenerator.Generate(Small with { Seed = seed })));
        }
    }

    [Fact]
    public void Generate_PlantedRelevance_NeverRewardsWrongCompetitorOrUnpublished()
    {
        var set = SyntheticGenerator.Generate(Small);
        var practices = set.Practices.ToDictionary(p => p.Id);

        foreach (var deal in set.Deals)
        {
            foreach (var id in set.JudgmentsFor(deal.Id).Keys)
            {
                var p = practices[id];
                Assert.True(p.IsPublishedOn(set.AsOf), id);
                Assert.True(p.Competitors.Count == 0 || p.Competitors.Any(deal.Competitors.Contains), $"{deal.Id}/{id}");
            }
        }
    }

    [Fact]
    public void Generate_WrittenSet_LoadsBackWithSameJudgments()
    {
        using var dir = new TempDirectory();
        var set = SyntheticGenerator.Generate(Small);

        EvaluationSetWriter.Write(set, dir.Path, "test");
        var loaded = EvaluationSetLoader.Load(dir.Path);

        Assert.Equal(set.Deals.Count, loaded.Deals.Count);
        Assert.All(set.Deals, d => Assert.Equal(set.JudgmentsFor(d.Id), loaded.JudgmentsFor(d.Id)));
    }
}
