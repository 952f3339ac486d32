using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>A registered custom API as the Web API exposes it: its binding, and its parameters' and properties' types.</summary>
internal sealed record CustomApiShape(
    string UniqueName,
    CustomApiBindingType Binding,
    string? BoundTable,
    bool IsFunction,
    IReadOnlyList<CustomApiFieldShape> Parameters,
    IReadOnlyList<CustomApiFieldShape> Properties);

internal sealed record CustomApiFieldShape(string UniqueName, CustomApiFieldType Type, string? LogicalEntityName, bool IsOptional);

/// <summary>
/// The organization's custom APIs, read once from its customapi, customapirequestparameter and
/// customapiresponseproperty rows (what is registered is fixed while the organization is open).
/// </summary>
internal sealed class CustomApiCatalog(LocalOrganization organization)
{
    private readonly Lazy<Dictionary<string, CustomApiShape>> apis = new(() => Read(organization));

    public CustomApiShape? Find(string name) => apis.Value.GetValueOrDefault(name);

    private static Dictionary<string, CustomApiShape> Read(LocalOrganization organization)
    {
        var service = organization.SystemService;
        var fields = new Dictionary<Guid, (List<CustomApiFieldShape> Parameters, List<CustomApiFieldShape> Properties)>();
        foreach (var (table, isParameter) in new[] { ("customapirequestparameter", true), ("customapiresponseproperty", false) })
        {
            foreach (var row in service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities)
            {
                var api = row.GetAttributeValue<EntityReference>("customapiid")?.Id ?? Guid.Empty;
                if (!fields.TryGetValue(api, out var lists))
                {
                    fields[api] = lists = ([], []);
                }

                var shape = new CustomApiFieldShape(
                    row.GetAttributeValue<string>("uniquename") ?? string.Empty,
                    (CustomApiFieldType)(row.GetAttributeValue<OptionSetValue>("type")?.Value ?? 10),
                    row.GetAttributeValue<string>("logicalentityname"),
                    row.GetAttributeValue<bool>("isoptional"));
                (isParameter ? lists.Parameters : lists.Properties).Add(shape);
            }
        }

        var result = new Dictionary<string, CustomApiShape>(StringComparer.Ordinal);
        foreach (var row in service.RetrieveMultiple(new QueryExpression("customapi") { ColumnSet = new ColumnSet(true) }).Entities)
        {
            var lists = fields.GetValueOrDefault(row.Id, ([], []));
            var name = row.GetAttributeValue<string>("uniquename") ?? string.Empty;
            result[name] = new CustomApiShape(
                name,
                (CustomApiBindingType)(row.GetAttributeValue<OptionSetValue>("bindingtype")?.Value ?? 0),
                row.GetAttributeValue<string>("boundentitylogicalname"),
                row.GetAttributeValue<bool>("isfunction"),
                lists.Parameters,
                lists.Properties);
        }

        return result;
    }
}
