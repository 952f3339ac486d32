using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Testing.Practices;

/// <summary>
/// Builds an Approved, organisation-wide <see cref="Practice"/> approved on <see cref="SomePractices.AsOfUtc"/> minus 30 days,
/// with no structured fields; each With* call narrows it. Defaults are chosen so a test states only what it is about.
/// </summary>
public sealed class PracticeBuilder
{
    private Practice practice;

    public PracticeBuilder(string id = "practice-001")
    {
        practice = new Practice
        {
            Id = id,
            Title = "Practice " + id,
            Summary = "",
            Body = "",
            Topic = PracticeTopic.Discovery,
            Status = PracticeStatus.Approved,
            Version = 1,
            ApprovedOnUtc = SomePractices.AsOfUtc.AddDays(-30),
            ApproverId = "approver-1",
        };
    }

    public PracticeBuilder WithTitle(string title) => Set(practice with { Title = title });

    public PracticeBuilder WithSummary(string summary) => Set(practice with { Summary = summary });

    public PracticeBuilder WithBody(string body) => Set(practice with { Body = body });

    public PracticeBuilder WithTopic(PracticeTopic topic) => Set(practice with { Topic = topic });

    public PracticeBuilder WithStatus(PracticeStatus status) => Set(practice with { Status = status });

    public PracticeBuilder WithVersion(int version) => Set(practice with { Version = version });

    public PracticeBuilder ForIndustries(params string[] industries) => Set(practice with { Industries = industries });

    public PracticeBuilder ForRegions(params string[] regions) => Set(practice with { Regions = regions });

    public PracticeBuilder ForProducts(params string[] products) => Set(practice with { ProductFamilies = products });

    public PracticeBuilder ForStages(params SalesStage[] stages) => Set(practice with { SalesStages = stages });

    public PracticeBuilder ForSize(DealSizeBand band) => Set(practice with { DealSizeBand = band });

    public PracticeBuilder ForBuyerRoles(params string[] roles) => Set(practice with { BuyerRoles = roles });

    public PracticeBuilder AgainstCompetitors(params string[] competitors) => Set(practice with { Competitors = competitors });

    public PracticeBuilder WithKeywords(params string[] keywords) => Set(practice with { Keywords = keywords });

    public PracticeBuilder ApprovedOn(DateTime? approvedOnUtc) => Set(practice with { ApprovedOnUtc = approvedOnUtc });

    public PracticeBuilder ReviewOn(DateTime? reviewOnUtc) => Set(practice with { ReviewOnUtc = reviewOnUtc });

    public PracticeBuilder ExpiresOn(DateTime? expiresOnUtc) => Set(practice with { ExpiresOnUtc = expiresOnUtc });

    public PracticeBuilder VisibleToTeams(params string[] teamIds) => Set(practice with { Visibility = PracticeVisibility.ForTeams(teamIds) });

    public PracticeBuilder WithEffectiveness(EffectivenessStats stats) => Set(practice with { Effectiveness = stats });

    /// <summary>Outcome counts: applied won/lost against comparable baseline won/lost.</summary>
    public PracticeBuilder WithOutcomes(int appliedWon, int appliedLost, int baselineWon, int baselineLost) =>
        Set(practice with
        {
            Effectiveness = new EffectivenessStats
            {
                AppliedWon = appliedWon,
                AppliedLost = appliedLost,
                BaselineWon = baselineWon,
                BaselineLost = baselineLost,
            },
        });

    public PracticeBuilder With(Func<Practice, Practice> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Set(change(practice));
    }

    public Practice Build() => practice;

    public static implicit operator Practice(PracticeBuilder builder) => builder?.Build() ?? throw new ArgumentNullException(nameof(builder));

    private PracticeBuilder Set(Practice next)
    {
        practice = next;
        return this;
    }
}
