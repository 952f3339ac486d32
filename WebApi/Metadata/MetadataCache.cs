using System.Collections.Concurrent;
using DataverseSharing.WebApi.Http;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Metadata;

/// <summary>
/// Table metadata read from EntityDefinitions once per table and kept for the life of the service. Concurrent
/// callers asking for the same table share one request; a failed read is forgotten so the next call tries again.
/// </summary>
internal sealed class MetadataCache
{
    private const string Query =
        "?$select=LogicalName,EntitySetName,PrimaryIdAttribute" +
        "&$expand=Attributes($select=LogicalName,AttributeType,AttributeTypeName)," +
        "ManyToOneRelationships($select=ReferencingAttribute,ReferencedEntity,ReferencingEntityNavigationPropertyName)";

    private readonly ODataTransport transport;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableMetadata>>> tables = new(StringComparer.Ordinal);

    public MetadataCache(ODataTransport transport)
    {
        this.transport = transport;
    }

    public async Task<TableMetadata> GetAsync(string logicalName, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw WebApiFaults.Create(ErrorCodes.InvalidArgument, "The table's logical name is missing.");
        }

        var lazy = tables.GetOrAdd(logicalName, name => new Lazy<Task<TableMetadata>>(() => ReadAsync(name, CancellationToken.None)));
        try
        {
            return await lazy.Value.WaitAsync(cancellation).ConfigureAwait(false);
        }
        catch
        {
            tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableMetadata>>>(logicalName, lazy));
            throw;
        }
    }

    private async Task<TableMetadata> ReadAsync(string logicalName, CancellationToken cancellation)
    {
        var url = $"EntityDefinitions(LogicalName='{logicalName.Replace("'", "''", StringComparison.Ordinal)}'){Query}";
        var operation = new WebApiOperation(HttpMethod.Get, url, _ => new OrganizationResponse());
        using var result = await transport.SendAsync(operation, cancellation).ConfigureAwait(false);
        using var reader = new JsonTextReader(new StreamReader(result.Body)) { DateParseHandling = DateParseHandling.None };
        var json = await JObject.LoadAsync(reader, cancellation).ConfigureAwait(false);
        return Parse(logicalName, json);
    }

    internal static TableMetadata Parse(string logicalName, JObject json)
    {
        var entitySet = json.Value<string>("EntitySetName");
        var primaryId = json.Value<string>("PrimaryIdAttribute");
        if (string.IsNullOrEmpty(entitySet) || string.IsNullOrEmpty(primaryId))
        {
            throw new InvalidOperationException($"EntityDefinitions(LogicalName='{logicalName}') gave no EntitySetName or PrimaryIdAttribute.");
        }

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in json["Attributes"]?.Children<JObject>() ?? [])
        {
            var name = attribute.Value<string>("LogicalName");
            var type = attribute.Value<string>("AttributeType");
            if (name is null || type is null)
            {
                continue;
            }

            // A multi-select choice is AttributeType Virtual; only its AttributeTypeName tells it apart.
            var typeName = attribute["AttributeTypeName"]?["Value"]?.Value<string>();
            types[name] = typeName == "MultiSelectPicklistType" ? "MultiSelectPicklist" : type;
        }

        var lookups = new Dictionary<string, List<LookupTarget>>(StringComparer.Ordinal);
        foreach (var relationship in json["ManyToOneRelationships"]?.Children<JObject>() ?? [])
        {
            var column = relationship.Value<string>("ReferencingAttribute");
            var target = relationship.Value<string>("ReferencedEntity");
            var navigation = relationship.Value<string>("ReferencingEntityNavigationPropertyName");
            if (column is null || target is null || navigation is null)
            {
                continue;
            }

            if (!lookups.TryGetValue(column, out var list))
            {
                lookups[column] = list = [];
            }

            list.Add(new LookupTarget(target, navigation));
        }

        // A lookup with no relationship listed still names its Targets when the server sends them (LookupAttributeMetadata
        // has them; $select cannot name them on the base type, so they are not asked for); its navigation
        // property then follows Dataverse's convention: the column's name, or <column>_<table> when it has several
        // targets and is not an owner.
        foreach (var attribute in json["Attributes"]?.Children<JObject>() ?? [])
        {
            var name = attribute.Value<string>("LogicalName");
            var targets = attribute["Targets"]?.Values<string>().OfType<string>().ToList() ?? [];
            if (name is null || targets.Count == 0)
            {
                continue;
            }

            if (!lookups.TryGetValue(name, out var list))
            {
                lookups[name] = list = [];
            }

            var polymorphic = targets.Count > 1 && attribute.Value<string>("AttributeType") != "Owner";
            foreach (var target in targets.Where(t => list.TrueForAll(known => known.Table != t)))
            {
                list.Add(new LookupTarget(target, polymorphic ? $"{name}_{target}" : name));
            }
        }

        return new TableMetadata(json.Value<string>("LogicalName") ?? logicalName, entitySet, primaryId, types, lookups);
    }
}
