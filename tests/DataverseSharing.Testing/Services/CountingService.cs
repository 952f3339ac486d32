using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Testing.Services;

/// <summary>
/// An <see cref="IOrganizationService"/> that counts what the code under test sends: reads (Retrieve,
/// RetrieveMultiple, and requests whose name starts with "Retrieve") and writes (everything else), by request name.
/// Several instances may share one <see cref="Counts"/>, so a plug-in's user and SYSTEM services count together.
/// </summary>
public sealed class CountingService(IOrganizationService inner, CountingService.Tally counts) : IOrganizationService
{
    public Tally Counts { get; } = counts;

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Counts.Add(request.RequestName);
        Counts.Before?.Invoke(inner, request);
        return inner.Execute(request);
    }

    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Counts.Add("Associate");
        inner.Associate(entityName, entityId, relationship, relatedEntities);
    }

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        Counts.Add("Disassociate");
        inner.Disassociate(entityName, entityId, relationship, relatedEntities);
    }

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    /// <summary>Requests sent, by name.</summary>
    public sealed class Tally
    {
        private readonly Dictionary<string, int> byName = new(StringComparer.Ordinal);

        /// <summary>Runs before each request is sent: another writer's change, made certain to land mid-flight.</summary>
        public Action<IOrganizationService, OrganizationRequest>? Before { get; set; }

        public int Reads => byName.Where(p => p.Key.StartsWith("Retrieve", StringComparison.Ordinal)).Sum(p => p.Value);

        public int Writes => byName.Where(p => !p.Key.StartsWith("Retrieve", StringComparison.Ordinal)).Sum(p => p.Value);

        public int Of(string requestName) => byName.GetValueOrDefault(requestName);

        public void Add(string requestName) => byName[requestName] = byName.GetValueOrDefault(requestName) + 1;

        public void Reset() => byName.Clear();

        public override string ToString() => string.Join(", ", byName.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
    }
}
