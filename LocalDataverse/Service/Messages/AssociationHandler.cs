using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Associate and Disassociate: for a many-to-many relationship they add or remove rows of the intersect table
/// (the contributors of a practice); for a one-to-many one they set or clear the children's lookup.
/// </summary>
internal sealed class AssociationHandler(bool associate) : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.Associate();

    public string MessageName => associate ? "Associate" : "Disassociate";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestParameters.Get<EntityReference>(request, "Target") ?? throw DataverseFaults.InvalidArgument($"{MessageName} requires a Target.");
        var relationship = RequestParameters.Get<Relationship>(request, "Relationship") ?? throw DataverseFaults.InvalidArgument($"{MessageName} requires a Relationship.");
        var related = RequestParameters.Get<EntityReferenceCollection>(request, "RelatedEntities") ?? [];
        var definition = context.Catalog.FindRelationship(relationship.SchemaName)
            ?? throw DataverseFaults.InvalidArgument($"The relationship '{relationship.SchemaName}' does not exist.");
        foreach (var other in related)
        {
            switch (definition)
            {
                case ManyToManyRelationshipDefinition manyToMany:
                    Pair(context, manyToMany, target, other);
                    break;
                case OneToManyRelationshipDefinition oneToMany:
                    Link(context, oneToMany, target, other);
                    break;
            }
        }

        return associate ? new AssociateResponse() : new DisassociateResponse();
    }

    private void Pair(RequestContext context, ManyToManyRelationshipDefinition relationship, EntityReference target, EntityReference other)
    {
        var (first, second) = target.LogicalName == relationship.Entity1LogicalName && other.LogicalName == relationship.Entity2LogicalName ? (target, other)
            : target.LogicalName == relationship.Entity2LogicalName && other.LogicalName == relationship.Entity1LogicalName ? (other, target)
            : throw DataverseFaults.InvalidArgument(
                $"The relationship '{relationship.SchemaName}' pairs {relationship.Entity1LogicalName} and {relationship.Entity2LogicalName}, not {target.LogicalName} and {other.LogicalName}.");
        var firstId = MustExist(context, first);
        var secondId = MustExist(context, second);
        var intersect = new RecordStore(context, context.Catalog.GetTable(relationship.IntersectEntityName));
        if (associate)
        {
            var id = Guid.NewGuid();
            intersect.Insert(id, new Dictionary<string, object>
            {
                [relationship.IntersectEntityName + "id"] = StorageFormat.Guid(id),
                [relationship.Entity1IntersectAttribute] = StorageFormat.Guid(firstId),
                [relationship.Entity2IntersectAttribute] = StorageFormat.Guid(secondId),
                ["versionnumber"] = context.RowVersion,
            });
            return;
        }

        if (!context.HasTable(relationship.IntersectEntityName))
        {
            return;
        }

        using var command = context.Command(
            $"DELETE FROM {Storage.SqlIdentifier.Quote(relationship.IntersectEntityName)} WHERE {Storage.SqlIdentifier.Quote(relationship.Entity1IntersectAttribute)} = $a AND {Storage.SqlIdentifier.Quote(relationship.Entity2IntersectAttribute)} = $b;");
        command.Parameters.AddWithValue("$a", StorageFormat.Guid(firstId));
        command.Parameters.AddWithValue("$b", StorageFormat.Guid(secondId));
        command.ExecuteNonQuery();
    }

    private void Link(RequestContext context, OneToManyRelationshipDefinition relationship, EntityReference target, EntityReference other)
    {
        var (parent, child) = target.LogicalName == relationship.ReferencedEntity && other.LogicalName == relationship.ReferencingEntity ? (target, other)
            : target.LogicalName == relationship.ReferencingEntity && other.LogicalName == relationship.ReferencedEntity ? (other, target)
            : throw DataverseFaults.InvalidArgument(
                $"The relationship '{relationship.SchemaName}' links {relationship.ReferencingEntity} to {relationship.ReferencedEntity}, not {target.LogicalName} and {other.LogicalName}.");
        var parentId = MustExist(context, parent);
        var childTable = context.Catalog.GetTable(child.LogicalName);
        var childId = MustExist(context, child);
        var change = new Entity(childTable.LogicalName, childId)
        {
            [relationship.ReferencingAttribute] = associate ? new EntityReference(parent.LogicalName, parentId) : null,
        };
        new RecordStore(context, childTable).Update(childId, RecordWriter.ForUpdate(context, childTable, change));
    }

    private static Guid MustExist(RequestContext context, EntityReference reference)
    {
        var table = TableLookup.Table(context.Catalog, reference.LogicalName);
        var id = AlternateKeyLookup.Resolve(context, table, reference);
        return new RecordStore(context, table).Exists(id) ? id : throw DataverseFaults.RecordNotFound(table.LogicalName, id);
    }
}
