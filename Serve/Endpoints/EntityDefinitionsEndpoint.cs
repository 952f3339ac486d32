using System.Net;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Json;
using DataverseSharing.Serve.Protocol;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// GET EntityDefinitions(LogicalName='account'): a table's metadata as Dataverse's metadata API gives it, as far as
/// a client needs it to read and write rows: the entity set, the primary key, each column's AttributeType (a
/// multi-select choice is Virtual with AttributeTypeName MultiSelectPicklistType) and each lookup's many-to-one
/// relationships with the navigation property @odata.bind goes through. $select and $expand are not applied: the
/// answer always carries these properties.
/// </summary>
internal static class EntityDefinitionsEndpoint
{
    public const string Segment = "EntityDefinitions";

    public static WebApiResponse Get(ServeContext serve, string? key)
    {
        var logicalName = LogicalName(key);
        var table = serve.Sets.Catalog.FindTable(logicalName)
            ?? throw new WebApiException(HttpStatusCode.NotFound, unchecked((int)0x80040217), $"Could not find an entity with the logical name '{logicalName}'.");
        var attributes = new JArray();
        foreach (var column in table.Columns)
        {
            var attribute = new JObject { ["LogicalName"] = column.LogicalName, ["AttributeType"] = AttributeType(column.Type) };
            if (column.Type == ColumnType.MultiSelectPicklist)
            {
                attribute["AttributeTypeName"] = new JObject { ["Value"] = "MultiSelectPicklistType" };
            }

            attributes.Add(attribute);
        }

        var relationships = new JArray();
        foreach (var column in table.Columns.Where(c => c.IsReference))
        {
            foreach (var target in column.Targets)
            {
                relationships.Add(new JObject
                {
                    ["ReferencingAttribute"] = column.LogicalName,
                    ["ReferencedEntity"] = target,
                    ["ReferencingEntityNavigationPropertyName"] = NavigationProperties.For(column, target),
                });
            }
        }

        return new WebApiResponse(HttpStatusCode.OK, new JObject
        {
            ["@odata.context"] = serve.ApiUrl + "/$metadata#EntityDefinitions/$entity",
            ["LogicalName"] = table.LogicalName,
            ["SchemaName"] = table.SchemaName,
            ["EntitySetName"] = serve.Sets.SetOf(table.LogicalName),
            ["PrimaryIdAttribute"] = table.PrimaryIdAttribute,
            ["PrimaryNameAttribute"] = table.PrimaryNameAttribute,
            ["Attributes"] = attributes,
            ["ManyToOneRelationships"] = relationships,
        });
    }

    private static string LogicalName(string? key)
    {
        const string prefix = "LogicalName=";
        if (key is not null && key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length + 1 && key[prefix.Length] == '\'' && key[^1] == '\'')
        {
            return key[(prefix.Length + 1)..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        throw WebApiException.BadRequest($"EntityDefinitions is addressed here by LogicalName='<name>', not '{key}'.");
    }

    private static string AttributeType(ColumnType type) => type switch
    {
        ColumnType.MultiSelectPicklist => "Virtual",
        _ => type.ToString(),
    };
}
