using System.ServiceModel;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Security.Enforcement;
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
public sealed partial class LocalOrganizationService : IOrganizationService
{
    private readonly LocalDatabase database;
    private readonly MessageHandlerRegistry handlers;
    private readonly TimeProvider clock;
    private readonly PluginPipeline pipeline;
    private readonly PipelineCaller caller;
    private readonly SecurityEnforcement? security;

    /// <param name="database">The organization's store.</param>
    /// <param name="userId">The systemuser the service acts as.</param>
    /// <param name="handlers">The message handlers; the engine's own by default.</param>
    /// <param name="clock">The clock requests read; the system clock by default.</param>
    /// <param name="pipeline">The plug-in steps requests run through; none by default.</param>
    /// <param name="security">Security-role enforcement; off when null (every caller may do everything).</param>
    internal LocalOrganizationService(LocalDatabase database, Guid userId, MessageHandlerRegistry? handlers = null, TimeProvider? clock = null, PluginPipeline? pipeline = null, SecurityEnforcement? security = null)
        : this(database, userId, handlers, clock, pipeline, PipelineCaller.TopLevel(), security)
    {
    }

    private LocalOrganizationService(LocalDatabase database, Guid userId, MessageHandlerRegistry? handlers, TimeProvider? clock, PluginPipeline? pipeline, PipelineCaller caller, SecurityEnforcement? security)
    {
        this.security = security;
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        UserId = userId;
        this.handlers = handlers ?? MessageHandlerRegistry.CreateDefault();
        this.clock = clock ?? TimeProvider.System;
        this.pipeline = pipeline ?? PluginPipeline.Empty;
        this.caller = caller;
    }

    /// <summary>The systemuser the service acts as.</summary>
    public Guid UserId { get; }

    /// <summary>The plug-in steps requests run through.</summary>
    public PluginPipeline Pipeline => pipeline;

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

        // A container message (ExecuteMultiple) runs each of its requests through Execute as a request of its own,
        // with its own plug-ins and transaction, so it must not hold a transaction around them.
        if (handler is IContainerMessageHandler container)
        {
            AuthorizeContainer(request, handler);
            return container.Execute(request, this);
        }

        lock (database)
        {
            // Lenient mode: a write to a table nobody defined defines it first. Only for callers security does not
            // check: no role grants anything on such a table, so anyone else would only leave a definition behind.
            if (database.Inference is { } inference && !ChecksSecurity)
            {
                inference.Apply(database, request);
            }

            var invocation = pipeline.HasStepsFor(SdkMessageNames.Of(request.RequestName)) ? new PipelineInvocation(pipeline, request, this, clock) : null;
            if (database.CurrentTransaction is { } outer)
            {
                return ExecuteInOuterTransaction(request, handler, invocation, outer);
            }

            // Pre-validation runs before the transaction starts when the request comes from the top.
            invocation?.RunPreValidation();
            // A read takes a deferred transaction: it locks nothing for writing until (unless) a plug-in step writes,
            // so readers in other processes and a writer are not serialized behind it.
            using var transaction = BeginTransaction(request, handler);
            database.CurrentTransaction = transaction;
            database.TransactionDoomed = false;
            try
            {
                using var narrowed = Authorize(request, handler, transaction);
                var response = invocation is null
                    ? handler.Handle(request, NewContext(transaction))
                    : invocation.RunInTransaction(() => handler.Handle(request, NewContext(transaction)));
                if (database.TransactionDoomed)
                {
                    throw DataverseFaults.Create(ErrorCodes.UnexpectedError, NoActiveTransaction);
                }

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
                database.TransactionDoomed = false;
            }
        }
    }

    /// <summary>
    /// The request's transaction; a file that cannot be written, or whose write lock another process keeps past the
    /// busy timeout, is a storage failure the fault names, as the platform reports its own.
    /// </summary>
    /// <remarks>
    /// A custom API is read like a read: many only compute an answer (a ranking, a lookup), and a write lock would
    /// make them wait behind, and block, every writer in other processes. One that writes takes the lock at its
    /// first write, as a Retrieve whose step writes does; if another process committed since the API's first read,
    /// that write fails as a storage fault the caller can retry.
    /// </remarks>
    private Microsoft.Data.Sqlite.SqliteTransaction BeginTransaction(OrganizationRequest request, IMessageHandler handler)
    {
        try
        {
            return database.BeginTransaction(deferred: ReadOnlyMessages.Contains(request.RequestName) || handler is CustomApiHandler);
        }
        catch (LocalDatabaseException e)
        {
            throw DataverseFaults.Create(ErrorCodes.UnexpectedError, $"{request.RequestName} failed in storage: {e.Message}");
        }
    }

    private OrganizationResponse ExecuteInOuterTransaction(OrganizationRequest request, IMessageHandler handler, PipelineInvocation? invocation, Microsoft.Data.Sqlite.SqliteTransaction outer)
    {
        try
        {
            invocation?.RunPreValidation();
            using var narrowed = Authorize(request, handler, outer);
            return invocation is null
                ? handler.Handle(request, NewContext(outer))
                : invocation.RunInTransaction(() => handler.Handle(request, NewContext(outer)));
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            // The caller (a plug-in) may catch this, but the transaction it runs in can no longer commit.
            database.TransactionDoomed = true;
            throw;
        }
    }

    private RequestContext NewContext(Microsoft.Data.Sqlite.SqliteTransaction transaction) =>
        new(database, transaction, UserId, clock.GetUtcNow().UtcDateTime, () => RowVersionCounter.Next(database, transaction), this);

    /// <summary>Messages that write nothing themselves (their plug-in steps still may).</summary>
    private static readonly HashSet<string> ReadOnlyMessages = new(StringComparer.Ordinal)
    {
        "Retrieve", "RetrieveMultiple", "WhoAmI", "RetrieveVersion",
    };

    /// <summary>The clock requests take their time from; handlers that run plug-ins hand it to the tracing service.</summary>
    internal TimeProvider Clock => clock;

    /// <summary>
    /// Whether requests are checked against security roles. Bulk messages (CreateMultiple, UpdateMultiple) then send
    /// their items through Execute, so each item is authorized as its single-row message would be.
    /// </summary>
    internal bool ChecksSecurity => security is not null && UserId != SystemUserId;

    /// <summary>The platform's message when a plug-in swallowed a failed call and the transaction could not commit.</summary>
    private const string NoActiveTransaction =
        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.";
}
