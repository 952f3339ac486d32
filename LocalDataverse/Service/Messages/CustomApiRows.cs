using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// The customapi, customapirequestparameter and customapiresponseproperty rows of registered custom APIs, as
/// Dataverse keeps them, so code can query what is registered. Ids are derived from the names (see
/// <see cref="Setup.StableIds"/>): the same API has the same rows at every opening.
/// </summary>
internal static class CustomApiRows
{
    public const string ApiTable = "customapi";
    public const string ParameterTable = "customapirequestparameter";
    public const string PropertyTable = "customapiresponseproperty";

    /// <summary>Each API's row followed by its parameters' and properties' rows.</summary>
    public static IReadOnlyList<Entity> For(IEnumerable<CustomApiDefinition> apis)
    {
        var rows = new List<Entity>();
        foreach (var api in apis)
        {
            var row = ApiRow(api);
            rows.Add(row);
            rows.AddRange(api.RequestParameters.Select(p => Part(ParameterTable, row, p.UniqueName, p.Type, p.LogicalEntityName, p.DisplayName, p.IsOptional)));
            rows.AddRange(api.ResponseProperties.Select(p => Part(PropertyTable, row, p.UniqueName, p.Type, p.LogicalEntityName, p.DisplayName, isOptional: null)));
        }

        return rows;
    }

    private static Entity ApiRow(CustomApiDefinition api)
    {
        var id = Setup.StableIds.Of(ApiTable, api.UniqueName);
        var row = new Entity(ApiTable, id)
        {
            ["customapiid"] = id,
            ["uniquename"] = api.UniqueName,
            ["name"] = api.UniqueName,
            ["displayname"] = api.DisplayName ?? api.UniqueName,
            ["bindingtype"] = new OptionSetValue((int)api.BindingType),
            ["allowedcustomprocessingsteptype"] = new OptionSetValue((int)api.AllowedCustomProcessingStepType),
            ["isfunction"] = api.IsFunction,
        };
        Set(row, "description", api.Description);
        Set(row, "boundentitylogicalname", api.BoundEntityLogicalName);
        Set(row, "executeprivilegename", api.ExecutePrivilegeName);
        return row;
    }

    private static Entity Part(string table, Entity api, string uniqueName, CustomApiFieldType type, string? logicalEntityName, string? displayName, bool? isOptional)
    {
        // Dataverse names a parameter after its API: "<api unique name>.<parameter unique name>".
        var name = $"{api["uniquename"]}.{uniqueName}";
        var id = Setup.StableIds.Of(table, name);
        var row = new Entity(table, id)
        {
            [table + "id"] = id,
            ["customapiid"] = api.ToEntityReference(),
            ["uniquename"] = uniqueName,
            ["name"] = name,
            ["displayname"] = displayName ?? uniqueName,
            ["type"] = new OptionSetValue((int)type),
        };
        Set(row, "logicalentityname", logicalEntityName);
        if (isOptional is { } optional)
        {
            row["isoptional"] = optional;
        }

        return row;
    }

    private static void Set(Entity row, string column, string? value)
    {
        if (value is not null)
        {
            row[column] = value;
        }
    }
}
