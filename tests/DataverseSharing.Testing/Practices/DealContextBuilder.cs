using System.Collections.Generic;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Testing.Practices;

/// <summary>Builds a <see cref="DealContext"/>; starts empty (every field unknown).</summary>
public sealed class DealContextBuilder
{
    private string? industry;
    private string? region;
    private SalesStage? stage;
    private decimal? estimatedValue;
    private int? decisionUnitSize;
    private string? description;
    private IReadOnlyList<string> products = [];
    private IReadOnlyList<string> competitors = [];
    private IReadOnlyList<string> buyerRoles = [];
    private IReadOnlyList<string> practicesUsed = [];
    private IReadOnlyList<string> wonWithAccount = [];
    private IReadOnlyList<string> lostWithAccount = [];
    private IReadOnlyList<string> dismissed = [];
    private IReadOnlyList<string> teamDismissed = [];

    public DealContextBuilder InIndustry(string? value) => Set(() => industry = value);

    public DealContextBuilder InRegion(string? value) => Set(() => region = value);

    public DealContextBuilder AtStage(SalesStage? value) => Set(() => stage = value);

    public DealContextBuilder Worth(decimal? value) => Set(() => estimatedValue = value);

    public DealContextBuilder WithDecisionUnit(int? size) => Set(() => decisionUnitSize = size);

    public DealContextBuilder Described(string? text) => Set(() => description = text);

    public DealContextBuilder WithProducts(params string[] values) => Set(() => products = values);

    public DealContextBuilder AgainstCompetitors(params string[] values) => Set(() => competitors = values);

    public DealContextBuilder WithBuyerRoles(params string[] values) => Set(() => buyerRoles = values);

    public DealContextBuilder AlreadyUsed(params string[] practiceIds) => Set(() => practicesUsed = practiceIds);

    public DealContextBuilder UsedAndWon(params string[] practiceIds) => Set(() => wonWithAccount = practiceIds);

    public DealContextBuilder UsedAndLost(params string[] practiceIds) => Set(() => lostWithAccount = practiceIds);

    public DealContextBuilder DismissedByRep(params string[] practiceIds) => Set(() => dismissed = practiceIds);

    public DealContextBuilder DismissedByTeam(params string[] practiceIds) => Set(() => teamDismissed = practiceIds);

    public DealContext Build() => new()
    {
        Industry = industry,
        Region = region,
        Stage = stage,
        EstimatedValue = estimatedValue,
        DecisionUnitSize = decisionUnitSize,
        Description = description,
        Products = products,
        Competitors = competitors,
        BuyerRoles = buyerRoles,
        PracticesUsed = practicesUsed,
        PracticesWonWithAccount = wonWithAccount,
        PracticesLostWithAccount = lostWithAccount,
        DismissedPracticeIds = dismissed,
        TeamDismissedPracticeIds = teamDismissed,
    };

    public static implicit operator DealContext(DealContextBuilder builder) => builder?.Build() ?? throw new System.ArgumentNullException(nameof(builder));

    private DealContextBuilder Set(System.Action assign)
    {
        assign();
        return this;
    }
}
