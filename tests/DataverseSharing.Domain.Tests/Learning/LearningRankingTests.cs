using DataverseSharing.Domain.Learning;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Testing;
using DataverseSharing.Testing.Practices;

namespace DataverseSharing.Domain.Tests.Learning;

/// <summary>Outcomes fed through the learning functions move a practice in the ranking.</summary>
public sealed class LearningRankingTests
{
    private static readonly DateTime AsOf = SomePractices.AsOfUtc;

    private static int RankOf(IEnumerable<Practice> library, string id)
    {
        var suggestions = PracticeIndex.Build(library, new RankingOptions { MaxPerTopic = 100 })
            .Suggest(Some.Deal().Described("procurement negotiation").AtStage(SalesStage.Propose), 100, AsOf);
        return suggestions.Single(s => s.Practice.Id == id).Rank;
    }

    private static List<Practice> Library() => Enumerable.Range(0, 20)
        .Select(i => Some.Practice($"p-{i:D2}").WithTitle("Procurement negotiation tactic").ForStages(SalesStage.Propose).WithOutcomes(0, 0, 50, 50).Build())
        .ToList();

    private static List<Practice> Replay(List<Practice> library, string id, bool won, int deals)
    {
        var outcome = new DealOutcome { Won = won, AppliedPracticeIds = [id] };
        for (var i = 0; i < deals; i++)
        {
            library = library.Select(p => p.Id == id ? p.ApplyOutcome(outcome) : p).ToList();
        }

        return library;
    }

    [Fact]
    public void Suggest_StrongPositiveLift_RisesToTop()
    {
        var library = Library();
        var before = RankOf(library, "p-15");

        var after = RankOf(Replay(library, "p-15", won: true, deals: 15), "p-15");

        Assert.Equal(16, before);
        Assert.Equal(1, after);
    }

    [Fact]
    public void Suggest_NegativeLift_FallsToBottom()
    {
        var library = Library();
        var before = RankOf(library, "p-03");

        var after = RankOf(Replay(library, "p-03", won: false, deals: 15), "p-03");

        Assert.Equal(4, before);
        Assert.Equal(20, after);
    }

    [Fact]
    public void Suggest_FewLuckyWins_DoNotJumpAheadOfProvenPractice()
    {
        var library = Library();
        library = Replay(library, "p-10", won: true, deals: 2);
        library[19] = library[19] with { Effectiveness = new EffectivenessStats { AppliedWon = 70, AppliedLost = 30, BaselineWon = 50, BaselineLost = 50 } };

        Assert.Equal(1, RankOf(library, "p-19"));
        Assert.True(RankOf(library, "p-10") > 1);
    }
}
