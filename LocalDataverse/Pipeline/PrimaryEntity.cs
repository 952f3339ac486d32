using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>The table and record a request is about, as the platform fills PrimaryEntityName and PrimaryEntityId.</summary>
internal readonly record struct PrimaryEntity(string Name, Guid Id)
{
    public static PrimaryEntity Of(OrganizationRequest request)
    {
        var parameters = request.Parameters;
        object? value = parameters.TryGetValue("Target", out var target) ? target
            : parameters.TryGetValue("EntityMoniker", out var moniker) ? moniker
            : null;
        switch (value)
        {
            case Entity entity:
                return new PrimaryEntity(entity.LogicalName, entity.Id);
            case EntityReference reference:
                return new PrimaryEntity(reference.LogicalName, reference.Id);
        }

        // CreateMultiple, UpdateMultiple: the table of the Targets collection.
        if (parameters.TryGetValue("Targets", out var targets) && targets is EntityCollection collection && !string.IsNullOrEmpty(collection.EntityName))
        {
            return new PrimaryEntity(collection.EntityName, Guid.Empty);
        }

        if (parameters.TryGetValue("Query", out var query))
        {
            return query switch
            {
                QueryExpression q => new PrimaryEntity(q.EntityName, Guid.Empty),
                QueryByAttribute q => new PrimaryEntity(q.EntityName, Guid.Empty),
                _ => new PrimaryEntity("none", Guid.Empty),
            };
        }

        // WinOpportunity and LoseOpportunity are messages of the opportunity named by their close activity.
        if (parameters.TryGetValue("OpportunityClose", out var close) && close is Entity activity
            && activity.GetAttributeValue<EntityReference>("opportunityid") is { } opportunity)
        {
            return new PrimaryEntity(opportunity.LogicalName, opportunity.Id);
        }

        return new PrimaryEntity("none", Guid.Empty);
    }
}
