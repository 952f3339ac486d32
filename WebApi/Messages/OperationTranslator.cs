using DataverseSharing.WebApi.Http;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Messages;

/// <summary>
/// Each organization request as the Web API calls that carry it out. Typed requests and their generic form (an
/// OrganizationRequest named "Create" with a Target) translate alike, as the organization service treats them alike.
/// </summary>
internal sealed class OperationTranslator
{
    private readonly OperationContext context;

    public OperationTranslator(OperationContext context)
    {
        this.context = context;
    }

    /// <summary>The calls for a request, in order; most requests are one call, Associate one per related row.</summary>
    public async Task<IReadOnlyList<WebApiOperation>> TranslateAsync(OrganizationRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.RequestName;
        switch (name)
        {
            case "Associate" or "Disassociate":
                return await AssociationOperations.AssociateAsync(
                    context,
                    Get<EntityReference>(request, "Target"),
                    Get<Relationship>(request, "Relationship"),
                    Get<EntityReferenceCollection>(request, "RelatedEntities"),
                    name == "Associate",
                    cancellation).ConfigureAwait(false);
            default:
                return [await TranslateOneAsync(request, cancellation).ConfigureAwait(false)];
        }
    }

    /// <summary>The single call for a request that must be one call (a part of a <c>$batch</c>).</summary>
    public async Task<WebApiOperation> TranslateOneAsync(OrganizationRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RequestName switch
        {
            "Create" => await CrudOperations.CreateAsync(context, Get<Entity>(request, "Target"), cancellation).ConfigureAwait(false),
            "Retrieve" => await CrudOperations.RetrieveAsync(context, Get<EntityReference>(request, "Target"), Optional<ColumnSet>(request, "ColumnSet"), cancellation).ConfigureAwait(false),
            "Update" => await CrudOperations.UpdateAsync(context, Get<Entity>(request, "Target"), Behavior(request), cancellation).ConfigureAwait(false),
            "Delete" => await CrudOperations.DeleteAsync(context, Get<EntityReference>(request, "Target"), Behavior(request), cancellation).ConfigureAwait(false),
            "Upsert" => await CrudOperations.UpsertAsync(context, Get<Entity>(request, "Target"), cancellation).ConfigureAwait(false),
            "RetrieveMultiple" => await QueryOperations.RetrieveMultipleAsync(context, Get<QueryBase>(request, "Query"), cancellation).ConfigureAwait(false),
            "WhoAmI" => ActionOperations.WhoAmI(),
            "ImportSolution" or "ImportSolutionAsync" => SolutionOperations.Import(request),
            "PublishAllXml" => SolutionOperations.PublishAll(),
            "RetrieveFormattedImportJobResults" => SolutionOperations.FormattedResults(request),
            "SetState" => await ActionOperations.SetStateAsync(context, AsSetState(request), cancellation).ConfigureAwait(false),
            "Assign" => await ActionOperations.AssignAsync(context, AsAssign(request), cancellation).ConfigureAwait(false),
            "WinOpportunity" or "LoseOpportunity" => await ActionOperations.CloseOpportunityAsync(context, request, cancellation).ConfigureAwait(false),
            "CreateMultiple" or "UpdateMultiple" or "UpsertMultiple" => await ActionOperations.MultipleAsync(context, request, cancellation).ConfigureAwait(false),
            "Associate" or "Disassociate" => Single(await TranslateAsync(request, cancellation).ConfigureAwait(false), request.RequestName),
            "ExecuteMultiple" or "ExecuteTransaction" or "RetrieveEntityChanges" =>
                throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"{request.RequestName} cannot run inside a $batch."),
            _ => await ActionOperations.UnboundActionAsync(context, request, cancellation).ConfigureAwait(false),
        };
    }

    private static WebApiOperation Single(IReadOnlyList<WebApiOperation> operations, string name) =>
        operations.Count == 1
            ? operations[0]
            : throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"{name} inside a batch must name one related row; it names {operations.Count}.");

    private static T Get<T>(OrganizationRequest request, string parameter) where T : class =>
        Optional<T>(request, parameter) ?? throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"{request.RequestName} requires {parameter}.");

    private static T? Optional<T>(OrganizationRequest request, string parameter) where T : class =>
        request.Parameters.TryGetValue(parameter, out var value) ? value as T : null;

    private static ConcurrencyBehavior Behavior(OrganizationRequest request) =>
        request.Parameters.TryGetValue("ConcurrencyBehavior", out var value) && value is ConcurrencyBehavior behavior ? behavior : ConcurrencyBehavior.Default;

    private static SetStateRequest AsSetState(OrganizationRequest request) => request as SetStateRequest ?? new SetStateRequest
    {
        EntityMoniker = Get<EntityReference>(request, "EntityMoniker"),
        State = Get<OptionSetValue>(request, "State"),
        Status = Get<OptionSetValue>(request, "Status"),
    };

    private static AssignRequest AsAssign(OrganizationRequest request) => request as AssignRequest ?? new AssignRequest
    {
        Target = Get<EntityReference>(request, "Target"),
        Assignee = Get<EntityReference>(request, "Assignee"),
    };
}
