using DataverseSharing.Domain.Deals;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Deals;

/// <summary>One read of a deal: the opportunity row, its account, its suggestion rows, and the context the ranking sees.</summary>
public sealed record DealSnapshot(Entity Opportunity, Entity? Account, IReadOnlyList<Entity> Suggestions, DealContext Context)
{
    public Guid Id => Opportunity.Id;

    public string Name => Opportunity.GetAttributeValue<string>(OpportunitySchema.Name) ?? Opportunity.Id.ToString("D");

    /// <summary>The row version; it changes on every write to the opportunity.</summary>
    public long? Version => Opportunity.GetAttributeValue<long?>("versionnumber");
}
