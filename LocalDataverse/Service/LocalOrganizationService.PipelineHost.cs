using System.ServiceModel;
using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service;

/// <summary>The service's side of the plug-in pipeline: images, system jobs and services for plug-ins.</summary>
public sealed partial class LocalOrganizationService : IPipelineHost
{
    /// <summary>The id the engine uses for SYSTEM, the user plug-ins act as when they ask for a service without a user.</summary>
    public static readonly Guid SystemUserId = new("00000000-0000-0000-0000-0000000000a1");

    private readonly Dictionary<Guid, Guid> businessUnits = new();

    PipelineCaller IPipelineHost.Caller => caller;

    /// <summary>A runner for the asynchronous steps this service's requests queue, over the same database.</summary>
    internal AsyncJobRunner CreateAsyncJobRunner() =>
        new(pipeline, new LocalOrganizationService(database, SystemUserId, handlers, clock, pipeline, PipelineCaller.TopLevel(), security), (user, from) => ForStep(user, from), clock);

    // No row (a Create's pre-image, a row a step deleted): the platform then passes no image.
    Entity? IPipelineHost.RetrieveForImage(string table, Guid id, ColumnSet columns)
    {
        if (database.CurrentTransaction is { } current)
        {
            return RetrieveRaw(table, id, columns, current);
        }

        // A pre-validation step's pre-image at the top is read before the request's transaction, in a short one.
        using var read = database.Connection.BeginTransaction(deferred: true);
        return RetrieveRaw(table, id, columns, read);
    }

    void IPipelineHost.CreateSystemRow(Entity row)
    {
        var request = new CreateRequest { Target = row };
        handlers.Resolve(request).Handle(request, NewContext(database.CurrentTransaction!));
    }

    IOrganizationService IPipelineHost.ServiceFor(Guid? userId, PipelineCaller from) => ForStep(userId, from);

    Guid IPipelineHost.BusinessUnitOf(Guid userId)
    {
        if (businessUnits.TryGetValue(userId, out var businessUnit))
        {
            return businessUnit;
        }

        var columns = new ColumnSet("businessunitid");
        Entity? row;
        if (database.CurrentTransaction is { } current)
        {
            row = RetrieveRaw("systemuser", userId, columns, current);
        }
        else
        {
            // Pre-validation at the top runs before the request's transaction: read in a short one of its own.
            using var read = database.Connection.BeginTransaction(deferred: true);
            row = RetrieveRaw("systemuser", userId, columns, read);
        }

        businessUnit = row?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty;
        businessUnits[userId] = businessUnit;
        return businessUnit;
    }

    IReadOnlyList<Guid> IPipelineHost.UsersNamed(string fullName)
    {
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet(false), TopCount = 2 };
        query.Criteria.AddCondition("fullname", ConditionOperator.Equal, fullName);
        var request = new RetrieveMultipleRequest { Query = query };
        if (database.CurrentTransaction is { } current)
        {
            return Ids(current);
        }

        using var read = database.Connection.BeginTransaction(deferred: true);
        return Ids(read);

        IReadOnlyList<Guid> Ids(Microsoft.Data.Sqlite.SqliteTransaction transaction) =>
            [.. ((RetrieveMultipleResponse)handlers.Resolve(request).Handle(request, NewContext(transaction))).EntityCollection.Entities.Select(e => e.Id)];
    }

    /// <summary>Reads a row with the Retrieve handler directly: no plug-ins, no security; null when there is no such row.</summary>
    private Entity? RetrieveRaw(string table, Guid id, ColumnSet columns, Microsoft.Data.Sqlite.SqliteTransaction transaction)
    {
        var request = new RetrieveRequest { Target = new EntityReference(table, id), ColumnSet = columns };
        try
        {
            return ((RetrieveResponse)handlers.Resolve(request).Handle(request, NewContext(transaction))).Entity;
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            return null;
        }
    }

    private LocalOrganizationService ForStep(Guid? userId, PipelineCaller from) =>
        new(database, userId ?? SystemUserId, handlers, clock, pipeline, from, security);
}
