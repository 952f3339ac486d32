using System.Net;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Json;
using DataverseSharing.Serve.Protocol;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// GET EntityDefinitions, EntityDefinitions(LogicalName='x') and EntityDefinitions(LogicalName='x')/Attributes:
/// the tables' metadata in Dataverse's property names, so a client learns entity sets, primary ids, column types
/// (AttributeType, AttributeTypeName), lookup targets, navigation properties and keys. A table's definition always
/// carries its Attributes, Keys and relationships; $select and $expand narrow nothing (the answer is a superset).
/// </summary>
internal sealed class EntityDefinitionsEndpoint(ServeContext serve)
{
    public WebApiResponse Get(WebApiRequest request, PathSegment definitions, PathSegment? child)
    {
        if (request.Method != "GET")
        {
            throw WebApiException.MethodNotAllowed(request.Method, "EntityDefinitions");
        }

        if (definitions.Key is null)
        {
            return new WebApiResponse(HttpStatusCode.OK, new JObject
            {
                ["@odata.context"] = serve.ApiUrl + "/$metadata#EntityDefinitions",
                ["value"] = new JArray(serve.Sets.All.Select(s => (JToken)Summary(s.Value, s.Key))),
            });
        }

        var name = definitions.Key.StartsWith("LogicalName=", StringComparison.Ordinal) ? definitions.Key["LogicalName=".Length..].Trim('\'') : definitions.Key;
        var table = serve.Sets.Catalog.FindTable(name) ?? throw WebApiException.NotFound(definitions.ToString());
        var full = Definition(table);
        if (child is null)
        {
            full["@odata.context"] = serve.ApiUrl + "/$metadata#EntityDefinitions/$entity";
            return new WebApiResponse(HttpStatusCode.OK, full);
        }

        return child.Name switch
        {
            "Attributes" or "Keys" or "ManyToOneRelationships" or "OneToManyRelationships" or "ManyToManyRelationships" => new WebApiResponse(HttpStatusCode.OK, new JObject
            {
                ["@odata.context"] = $"{serve.ApiUrl}/$metadata#EntityDefinitions('{table.LogicalName}')/{child.Name}",
                ["value"] = full[child.Name],
            }),
            _ => throw WebApiException.NotFound(child.ToString()),
        };
    }

    private static JObject Summary(TableDefinition table, string entitySet) => new()
    {
        ["LogicalName"] = table.LogicalName,
        ["SchemaName"] = string.IsNullOrEmpty(table.SchemaName) ? table.LogicalName : table.SchemaName,
        ["EntitySetName"] = entitySet,
        ["PrimaryIdAttribute"] = table.PrimaryIdAttribute,
        ["PrimaryNameAttribute"] = table.PrimaryNameAttribute,
        ["IsCustomEntity"] = table.IsCustom,
        ["OwnershipType"] = table.Ownership.ToString(),
    };

    private JObject Definition(TableDefinition table)
    {
        var json = Summary(table, serve.Sets.SetOf(table.LogicalName));
        json["Attributes"] = new JArray(table.Columns.Select(c => (JToken)Attribute(c)));
        json["Keys"] = new JArray(table.Keys.Select(k => (JToken)new JObject
        {
            ["LogicalName"] = k.LogicalName,
            ["SchemaName"] = k.SchemaName,
            ["KeyAttributes"] = new JArray(k.Columns),
        }));
        var catalog = serve.Sets.Catalog;
        json["ManyToOneRelationships"] = new JArray(catalog.RelationshipsReferencedBy(table.LogicalName).Select(r => (JToken)new JObject
        {
            ["SchemaName"] = r.SchemaName,
            ["ReferencedEntity"] = r.ReferencedEntity,
            ["ReferencedAttribute"] = r.ReferencedAttribute,
            ["ReferencingEntity"] = r.ReferencingEntity,
            ["ReferencingAttribute"] = r.ReferencingAttribute,
            ["ReferencingEntityNavigationPropertyName"] = NavigationProperties.For(table.FindColumn(r.ReferencingAttribute), r.ReferencedEntity),
        }));
        json["OneToManyRelationships"] = new JArray(catalog.RelationshipsReferencing(table.LogicalName).Select(r => (JToken)new JObject
        {
            ["SchemaName"] = r.SchemaName,
            ["ReferencedEntity"] = r.ReferencedEntity,
            ["ReferencedAttribute"] = r.ReferencedAttribute,
            ["ReferencingEntity"] = r.ReferencingEntity,
            ["ReferencingAttribute"] = r.ReferencingAttribute,
            ["ReferencedEntityNavigationPropertyName"] = r.SchemaName,
        }));
        json["ManyToManyRelationships"] = new JArray(catalog.ManyToManyRelationships
            .Where(r => r.Entity1LogicalName == table.LogicalName || r.Entity2LogicalName == table.LogicalName)
            .Select(r => (JToken)new JObject
            {
                ["SchemaName"] = r.SchemaName,
                ["Entity1LogicalName"] = r.Entity1LogicalName,
                ["Entity2LogicalName"] = r.Entity2LogicalName,
                ["IntersectEntityName"] = r.IntersectEntityName,
                ["Entity1NavigationPropertyName"] = r.SchemaName,
                ["Entity2NavigationPropertyName"] = r.SchemaName,
            }));
        return json;
    }

    private static JObject Attribute(ColumnDefinition column)
    {
        var (type, typeName) = column.Type switch
        {
            ColumnType.MultiSelectPicklist => ("Virtual", "MultiSelectPicklistType"),
            var other => (other.ToString(), other + "Type"),
        };
        var json = new JObject
        {
            ["LogicalName"] = column.LogicalName,
            ["SchemaName"] = column.SchemaName,
            ["AttributeType"] = type,
            ["AttributeTypeName"] = new JObject { ["Value"] = typeName },
            ["IsPrimaryId"] = column.IsPrimaryId,
            ["IsPrimaryName"] = column.IsPrimaryName,
            ["IsValidForCreate"] = column.ValidForCreate,
            ["IsValidForUpdate"] = column.ValidForUpdate,
        };
        if (column.IsReference)
        {
            json["Targets"] = new JArray(column.Targets);
        }

        if (column.MaxLength is { } length)
        {
            json["MaxLength"] = length;
        }

        if (column.Type == ColumnType.DateTime)
        {
            json["Format"] = column.IsDateOnlyFormat ? "DateOnly" : "DateAndTime";
            json["DateTimeBehavior"] = new JObject { ["Value"] = (column.DateTimeBehavior ?? DateTimeBehavior.UserLocal).ToString() };
        }

        return json;
    }
}
