using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Learning;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Deals;

/// <summary>A practice used with the deal's account, and how the account's deals that used it ended.</summary>
public sealed record AccountPracticeUse(string PracticeId, string? PracticeKey, AccountOutcome Outcome);

/// <summary>One read of a deal: the opportunity row, its account, its suggestion rows, and the context the ranking sees.</summary>
public sealed record DealSnapshot(Entity Opportunity, Entity? Account, IReadOnlyList<Entity> Suggestions, DealContext Context)
{
    /// <summary>The account's memory: practices applied on its deals, with their outcome (derived, never stored apart).</summary>
    public IReadOnlyList<AccountPracticeUse> PracticesUsed { get; init; } = [];

    public Guid Id => Opportunity.Id;

    public string Name => Opportunity.GetAttributeValue<string>(OpportunitySchema.Name) ?? Opportunity.Id.ToString("D");

    /// <summary>The row version; it changes on every write to the opportunity.</summary>
    public long? Version => Opportunity.GetAttributeValue<long?>("versionnumber");
}
