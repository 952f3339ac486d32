using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Rankers;

/// <summary>
/// Our suggestion engine (<see cref="PracticeIndex"/>) behind the same interface as the baselines. It receives the
/// whole corpus, unfiltered, because deciding what is suggestible (status, expiry) is part of what it is measured
/// on; it runs with <see cref="RankingOptions.Default"/>, as shipped (which sets shaped those defaults is in
/// docs/relevance-evaluation.md).
/// </summary>
public sealed class DomainEngineRanker : IRanker
{
    private readonly PracticeIndex _index;
    private readonly DateTime _asOf;

    public DomainEngineRanker(IReadOnlyList<PracticeRecord> practices, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(practices);
        _index = PracticeIndex.Build(practices.Select(ToPractice));
        _asOf = asOf;
    }

    public string Name => "Domain engine";

    public IReadOnlyList<string> Rank(DealRecord deal, int top) =>
        _index.Suggest(ToDeal(deal), top, _asOf).Select(s => s.Practice.Id).ToList();

    public static Practice ToPractice(PracticeRecord p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new Practice
        {
            Id = p.Id,
            Title = p.Title,
            Summary = p.Summary,
            Body = p.Body,
            Topic = ByName<PracticeTopic>(p.Topic),
            Industries = p.Industries,
            Regions = p.Regions,
            ProductFamilies = p.ProductFamilies,
            DealSizeBand = p.DealSizeBand is { } band ? ByName<DealSizeBand>(band) : null,
            SalesStages = p.SalesStages.Select(s => ByName<SalesStage>(s)).ToList(),
            BuyerRoles = p.BuyerRoles,
            Competitors = p.Competitors,
            Keywords = p.Keywords,
            Status = ByName<PracticeStatus>(p.Status),
            ApprovedOnUtc = p.ApprovedOn,
            ExpiresOnUtc = p.ExpiresOn,
            Effectiveness = new EffectivenessStats
            {
                AppliedWon = p.Effectiveness.AppliedWon,
                AppliedLost = p.Effectiveness.AppliedLost,
                BaselineWon = p.Effectiveness.BaselineWon,
                BaselineLost = p.Effectiveness.BaselineLost,
            },
        };
    }

    public static DealContext ToDeal(DealRecord d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DealContext
        {
            Industry = d.Industry,
            Region = d.Region,
            Description = d.Description,
            Stage = d.Stage is { } stage ? ByName<SalesStage>(stage) : null,
            EstimatedValue = d.EstimatedValue,
            Products = d.Products,
            Competitors = d.Competitors,
            BuyerRoles = d.BuyerRoles,
            DecisionUnitSize = d.DecisionUnitSize,
            PracticesUsed = d.PracticesUsed,
            DismissedPracticeIds = d.Dismissed,
        };
    }

    // The evaluation's enums mirror the Domain's by name; a renamed member fails loudly here rather than mis-mapping.
    private static TTarget ByName<TTarget>(Enum value)
        where TTarget : struct, Enum =>
        Enum.Parse<TTarget>(value.ToString(), ignoreCase: false);
}
