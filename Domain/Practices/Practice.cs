using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Practices;

/// <summary>
/// A reusable best practice harvested from a won (or instructively lost) opportunity.
/// Immutable: lifecycle moves (<see cref="PracticeLifecycle"/>) and learning return new instances via <c>with</c>.
/// Every collection defaults to empty and every string to "", and a null assigned through an initializer is
/// normalised the same way, so ranking code never has to guard against a half-filled record.
/// </summary>
public sealed record Practice
{
    private static readonly string[] NoStrings = [];
    private static readonly SalesStage[] NoStages = [];

    private readonly string id = "";
    private readonly string title = "";
    private readonly string summary = "";
    private readonly string body = "";
    private readonly IReadOnlyList<string> industries = NoStrings;
    private readonly IReadOnlyList<string> regions = NoStrings;
    private readonly IReadOnlyList<string> productFamilies = NoStrings;
    private readonly IReadOnlyList<SalesStage> salesStages = NoStages;
    private readonly IReadOnlyList<string> buyerRoles = NoStrings;
    private readonly IReadOnlyList<string> competitors = NoStrings;
    private readonly IReadOnlyList<string> keywords = NoStrings;
    private readonly IReadOnlyList<string> contributors = NoStrings;
    private readonly int version = 1;
    private readonly EffectivenessStats effectiveness = EffectivenessStats.None;
    private readonly PracticeVisibility visibility = PracticeVisibility.Organization;

    public string Id { get => id; init => id = value ?? ""; }

    public string Title { get => title; init => title = value ?? ""; }

    /// <summary>One or two sentences a rep reads in the suggestions panel.</summary>
    public string Summary { get => summary; init => summary = value ?? ""; }

    /// <summary>The full write-up (may be long; the index bounds how much of it it reads, see <c>TextAnalyzer</c>).</summary>
    public string Body { get => body; init => body = value ?? ""; }

    public PracticeTopic Topic { get; init; }

    /// <summary>Industries the practice was proven in; empty means industry-agnostic.</summary>
    public IReadOnlyList<string> Industries { get => industries; init => industries = value ?? NoStrings; }

    public IReadOnlyList<string> Regions { get => regions; init => regions = value ?? NoStrings; }

    public IReadOnlyList<string> ProductFamilies { get => productFamilies; init => productFamilies = value ?? NoStrings; }

    /// <summary>Deal size the practice fits; null means any size.</summary>
    public DealSizeBand? DealSizeBand { get; init; }

    /// <summary>Stages where the practice applies; empty means any stage.</summary>
    public IReadOnlyList<SalesStage> SalesStages { get => salesStages; init => salesStages = value ?? NoStages; }

    public IReadOnlyList<string> BuyerRoles { get => buyerRoles; init => buyerRoles = value ?? NoStrings; }

    public IReadOnlyList<string> Competitors { get => competitors; init => competitors = value ?? NoStrings; }

    public IReadOnlyList<string> Keywords { get => keywords; init => keywords = value ?? NoStrings; }

    public PracticeStatus Status { get; init; }

    /// <summary>Starts at 1; a revision of an approved practice increments it (see <see cref="PracticeLifecycle.Revise"/>).</summary>
    public int Version
    {
        get => version;
        init => version = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Version), value, "Version starts at 1.");
    }

    /// <summary>When the practice is due for a content review; past it, freshness is halved.</summary>
    public DateTime? ReviewOnUtc { get; init; }

    /// <summary>After this instant the practice is never suggested.</summary>
    public DateTime? ExpiresOnUtc { get; init; }

    public DateTime? ApprovedOnUtc { get; init; }

    /// <summary>The opportunity the practice was harvested from, if any.</summary>
    public string? SourceOpportunityId { get; init; }

    /// <summary>The approved version this one revises (and replaces once approved), if any.</summary>
    public string? PreviousVersionId { get; init; }

    public IReadOnlyList<string> Contributors { get => contributors; init => contributors = value ?? NoStrings; }

    public string? ApproverId { get; init; }

    /// <summary>Who may see the practice; organisation-wide by default.</summary>
    public PracticeVisibility Visibility { get => visibility; init => visibility = value ?? PracticeVisibility.Organization; }

    public EffectivenessStats Effectiveness { get => effectiveness; init => effectiveness = value ?? EffectivenessStats.None; }

    /// <summary>Short form: records would otherwise print every field, including a body that may be a megabyte.</summary>
    public override string ToString() => $"{Id} v{Version} [{Status}] {Title}";
}
