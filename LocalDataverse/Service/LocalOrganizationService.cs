using System.ServiceModel;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service;

/// <summary>
/// The real IOrganizationService over a local database, so plug-ins and integration code run unchanged.
/// Every call becomes a request routed by message name to its handler (Execute is the one path), and each
/// request runs in one transaction: it commits whole or leaves nothing behind. A request made while another
/// is running on the same database (a plug-in calling back) joins that request's transaction, as in Dataverse.
/// </summary>
public sealed class LocalOrganizationService : IOrganizationService
{
    private readonly LocalDatabase database;
    private readonly MessageHandlerRegistry handlers;
    private readonly TimeProvider clock;

    public LocalOrganizationService(LocalDatabase database, Guid userId, MessageHandlerRegistry? handlers = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        UserId = userId;
        this.handlers = handlers ?? MessageHandlerRegistry.CreateDefault();
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>The systemuser the service acts as.</summary>
    public Guid UserId { get; }

    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handler = handlers.Resolve(request);
        lock (database)
        {
            if (database.CurrentTransaction is { } outer)
            {
                return handler.Handle(request, NewContext(outer));
            }

            using var transaction = database.Connection.BeginTransaction(deferred: false);
            database.CurrentTransaction = transaction;
            try
            {
                var response = handler.Handle(request, NewContext(transaction));
                transaction.Commit();
                return response;
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                transaction.Rollback();
                throw;
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                transaction.Rollback();
                throw DataverseFaults.Create(ErrorCodes.UnexpectedError, $"{request.RequestName} failed in storage: {e.Message}");
            }
            finally
            {
                database.CurrentTransaction = null;
            }
        }
    }

    private RequestContext NewContext(Microsoft.Data.Sqlite.SqliteTransaction transaction) =>
        new(database, transaction, UserId, clock.GetUtcNow().UtcDateTime, RowVersionCounter.Next(database.Connection, transaction));
}
