using System;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>The data and metadata operations of an organization.</summary>
public interface IOrganizationService
{
    Guid Create(Entity entity);

    Entity Retrieve(string entityName, Guid id, ColumnSet columnSet);

    void Update(Entity entity);

    void Delete(string entityName, Guid id);

    OrganizationResponse Execute(OrganizationRequest request);

    void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    EntityCollection RetrieveMultiple(QueryBase query);
}
