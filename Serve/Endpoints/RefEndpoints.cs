using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Json;
using DataverseSharing.Serve.Protocol;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// Links between rows through navigation properties' <c>$ref</c>: POST <c>set(id)/&lt;relationship&gt;/$ref</c>
/// {"@odata.id": url} associates (a collection-valued property is named after its relationship), DELETE
/// <c>set(id)/&lt;relationship&gt;(relid)/$ref</c> or <c>?$id=url</c> disassociates; PUT and DELETE on a lookup's
/// <c>set(id)/&lt;lookup&gt;/$ref</c> set or clear the lookup (an Update).
/// </summary>
internal sealed class RefEndpoints(ServeContext serve)
{
    public WebApiResponse Handle(WebApiRequest request, TableDefinition table, EntityReference row, PathSegment navigation)
    {
        var lookup = NavigationProperties.Find(table, navigation.Name);
        if (lookup is not null && navigation.Key is null)
        {
            return request.Method switch
            {
                "PUT" => SetLookup(request, table, row, lookup.Value.Column, Target(request)),
                "DELETE" => SetLookup(request, table, row, lookup.Value.Column, null),
                _ => throw WebApiException.MethodNotAllowed(request.Method, navigation + "/$ref"),
            };
        }

        var relationship = serve.Sets.Catalog.FindRelationship(navigation.Name)
            ?? throw WebApiException.BadRequest($"'{navigation.Name}' is no navigation property of {table.LogicalName}: name a relationship or a lookup.");
        var related = request.Method switch
        {
            "POST" => Target(request),
            "DELETE" when navigation.Key is not null => KeySegment.Parse(serve.Sets.TableNamed(Other(relationship, table.LogicalName)), navigation.Key),
            "DELETE" => serve.Reader.Reference(request.QueryParameters.GetValueOrDefault("$id")
                ?? throw WebApiException.BadRequest($"DELETE {navigation.Name}/$ref needs the related row: {navigation.Name}(<id>)/$ref or ?$id=<url>.")),
            _ => throw WebApiException.MethodNotAllowed(request.Method, navigation + "/$ref"),
        };
        OrganizationRequest message = request.Method == "POST"
            ? new AssociateRequest { Target = row, Relationship = new Relationship(relationship.SchemaName), RelatedEntities = [related] }
            : new DisassociateRequest { Target = row, Relationship = new Relationship(relationship.SchemaName), RelatedEntities = [related] };
        serve.ServiceFor(request).Execute(message);
        return WebApiResponse.NoContent();
    }

    private WebApiResponse SetLookup(WebApiRequest request, TableDefinition table, EntityReference row, ColumnDefinition column, EntityReference? value)
    {
        var entity = new Entity(table.LogicalName, row.Id) { [column.LogicalName] = value };
        foreach (var (name, key) in row.KeyAttributes)
        {
            entity.KeyAttributes[name] = key;
        }

        serve.ServiceFor(request).Execute(new UpdateRequest { Target = entity });
        return WebApiResponse.NoContent();
    }

    private EntityReference Target(WebApiRequest request)
    {
        var body = JsonBody.Object(request.Body, "$ref");
        return body["@odata.id"] is { Type: JTokenType.String } id
            ? serve.Reader.Reference((string)id!)
            : throw WebApiException.BadRequest("A $ref body is {\"@odata.id\": \"<url of the related row>\"}.");
    }

    private static string Other(RelationshipDefinition relationship, string table) => relationship switch
    {
        ManyToManyRelationshipDefinition m => m.Entity1LogicalName == table ? m.Entity2LogicalName : m.Entity1LogicalName,
        OneToManyRelationshipDefinition o => o.ReferencedEntity == table ? o.ReferencingEntity : o.ReferencedEntity,
        _ => table,
    };
}
