using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Testing.Services;

/// <summary>
/// An <see cref="IOrganizationService"/> that lets another writer change a record just before each of the first
/// <c>times</c> updates the code under test sends: the race between that code's read and its write, made certain.
/// </summary>
public sealed class InterleavingService : IOrganizationService
{
    private readonly IOrganizationService inner;
    private readonly Action<IOrganizationService, Entity> otherWriter;
    private readonly int times;

    /// <param name="inner">The real service.</param>
    /// <param name="otherWriter">What the other writer does, given the real service and the update's target.</param>
    /// <param name="times">How many updates it runs before; the rest pass through untouched.</param>
    public InterleavingService(IOrganizationService inner, Action<IOrganizationService, Entity> otherWriter, int times = int.MaxValue)
    {
        this.inner = inner;
        this.otherWriter = otherWriter;
        this.times = times;
    }

    /// <summary>How many times the other writer ran.</summary>
    public int Interleaved { get; private set; }

    /// <summary>How many updates the code under test sent.</summary>
    public int UpdatesSent { get; private set; }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        if (request is UpdateRequest update)
        {
            UpdatesSent++;
            if (Interleaved < times)
            {
                Interleaved++;
                otherWriter(inner, update.Target);
            }
        }

        return inner.Execute(request);
    }

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public Guid Create(Entity entity) => inner.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

    public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        inner.Associate(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        inner.Disassociate(entityName, entityId, relationship, relatedEntities);

    public EntityCollection RetrieveMultiple(QueryBase query) => inner.RetrieveMultiple(query);
}
