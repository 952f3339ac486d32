using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>The Targets of CreateMultiple and UpdateMultiple: an EntityCollection naming its table, every entity of that table.</summary>
internal static class MultipleTargets
{
    public static (TableDefinition Table, IReadOnlyList<Entity> Entities) Read(OrganizationRequest request, RequestContext context)
    {
        var targets = RequestParameters.Get<EntityCollection>(request, "Targets")
            ?? throw DataverseFaults.InvalidArgument($"{request.RequestName} requires Targets.");
        if (string.IsNullOrEmpty(targets.EntityName))
        {
            throw DataverseFaults.InvalidArgument($"The EntityName of the Targets of {request.RequestName} must be set.");
        }

        var table = TableLookup.Table(context.Catalog, targets.EntityName);
        var entities = targets.Entities.ToList();
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is null || entities[i].LogicalName != table.LogicalName)
            {
                throw DataverseFaults.InvalidArgument(
                    $"The entity at index {i} of the Targets of {request.RequestName} is a '{entities[i]?.LogicalName}', not a '{table.LogicalName}': all targets must be of the collection's EntityName.");
            }
        }

        return (table, entities);
    }

    /// <summary>
    /// Whether the items must go through the service one by one as their single-row message: when steps are
    /// registered on that message for the table (the platform runs them per item) or the caller is under security roles.
    /// </summary>
    public static bool RunPerItem(RequestContext context, string message, TableDefinition table) =>
        context.Service.ChecksSecurity
        || new[] { StepStage.PreValidation, StepStage.PreOperation, StepStage.PostOperation }
            .Any(stage => context.Service.Pipeline.StepsFor(message, table.LogicalName, stage).Any());
}
