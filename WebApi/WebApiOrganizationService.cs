using DataverseSharing.WebApi.Batch;
using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Messages;
using DataverseSharing.WebApi.Metadata;
using DataverseSharing.WebApi.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi;

/// <summary>
/// The organization service over Dataverse's Web API v9.2 (OData v4 JSON). Give it an HttpClient whose BaseAddress
/// is <c>https://&lt;org&gt;/api/data/v9.2/</c> and whose handlers sign the requests in (and retry, throttle); it
/// only sends requests. Faults arrive as FaultException&lt;OrganizationServiceFault&gt; with Dataverse's codes, as
/// in process. One instance may be used from any number of threads: its only state is the table metadata it reads
/// once per table.
/// </summary>
public sealed class WebApiOrganizationService : IOrganizationService, IDisposable
{
    private readonly ODataTransport transport;
    private readonly OperationTranslator translator;
    private readonly BatchExecutor batches;
    private readonly PagedRows pages;
    private readonly OperationContext context;
    private readonly bool ownsClient;
    private volatile bool disposed;

    /// <param name="client">The client to send through; its BaseAddress must be the Web API root, ending in '/'.</param>
    /// <param name="ownsClient">Whether disposing the service disposes the client.</param>
    public WebApiOrganizationService(HttpClient client, bool ownsClient = false)
    {
        transport = new ODataTransport(client);
        context = new OperationContext(new MetadataCache(transport), transport.BaseAddress);
        translator = new OperationTranslator(context);
        batches = new BatchExecutor(transport, translator);
        pages = new PagedRows(transport, context);
        this.ownsClient = ownsClient;
    }

    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    /// <summary>One page of the query (the query's PageInfo says which), with MoreRecords and the paging cookie for the next.</summary>
    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    public OrganizationResponse Execute(OrganizationRequest request) => PagedRows.Sync(ExecuteAsync(request, CancellationToken.None));

    public async Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(disposed, this);
        switch (request.RequestName)
        {
            case "ExecuteMultiple":
                return await batches.ExecuteMultipleAsync(request, cancellation).ConfigureAwait(false);
            case "ExecuteTransaction":
                return await batches.ExecuteTransactionAsync(request, cancellation).ConfigureAwait(false);
            case "RetrieveEntityChanges":
                return await ChangeTrackingOperations.RetrieveAsync(transport, context, request, cancellation).ConfigureAwait(false);
        }

        OrganizationResponse? response = null;
        foreach (var operation in await translator.TranslateAsync(request, cancellation).ConfigureAwait(false))
        {
            using var result = await transport.SendAsync(operation, cancellation).ConfigureAwait(false);
            response = operation.Read(result);
        }

        return response!;
    }

    /// <summary>
    /// Every row of a query, however many pages (the FetchXML paging cookie from page to page), each row yielded as
    /// it is read off the network, so memory stays flat whatever the number of rows.
    /// </summary>
    public IEnumerable<Entity> RetrieveAll(QueryBase query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(disposed, this);
        return pages.Fetch(query);
    }

    /// <summary>
    /// Every row of a table chosen by OData query options (for example <c>$select=name&amp;$filter=statecode eq 0</c>),
    /// pages of <paramref name="pageSize"/> (at most 5,000) followed by <c>@odata.nextLink</c>, each row yielded as read.
    /// </summary>
    public IEnumerable<Entity> RetrieveAll(string entityName, string? queryOptions, int pageSize = PagedRows.MaxPageSize)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return pages.OData(entityName, queryOptions, pageSize);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (ownsClient)
        {
            transport.Client.Dispose();
        }
    }
}
