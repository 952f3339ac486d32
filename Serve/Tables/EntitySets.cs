using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Protocol;

namespace DataverseSharing.Serve.Tables;

/// <summary>
/// Entity set names (the URL's first segment) of the organization's tables: the EntitySetName its metadata gives,
/// else the logical name with "s", as a table created without one gets. Built once per server: the catalog is fixed
/// for the organization's lifetime. Intersect tables of many-to-many relationships have a set too: Dataverse lets a
/// client query them (fetchXml over the link rows), though their rows are only made and removed by associating.
/// </summary>
internal sealed class EntitySets
{
    private readonly Dictionary<string, TableDefinition> bySet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> setByTable = new(StringComparer.Ordinal);

    public EntitySets(MetadataCatalog catalog)
    {
        Catalog = catalog;
        foreach (var table in catalog.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal))
        {
            var set = string.IsNullOrWhiteSpace(table.EntitySetName) ? table.LogicalName + "s" : table.EntitySetName;
            if (bySet.TryAdd(set, table))
            {
                setByTable[table.LogicalName] = set;
            }
        }
    }

    public MetadataCatalog Catalog { get; }

    public IEnumerable<KeyValuePair<string, TableDefinition>> All => bySet;

    /// <summary>The table behind an entity set; 404 as Dataverse answers an unknown segment.</summary>
    public TableDefinition Table(string entitySet) =>
        bySet.TryGetValue(entitySet, out var table) ? table : throw WebApiException.NotFound(entitySet);

    public bool TryTable(string entitySet, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TableDefinition? table) =>
        bySet.TryGetValue(entitySet, out table);

    public string SetOf(string logicalName) =>
        setByTable.TryGetValue(logicalName, out var set) ? set : throw WebApiException.BadRequest($"The table '{logicalName}' has no entity set on this server.");

    /// <summary>The table a logical name names (an @odata.type's, a parameter's); 400 when the organization has none.</summary>
    public TableDefinition TableNamed(string logicalName) =>
        Catalog.FindTable(logicalName) ?? throw WebApiException.BadRequest($"The type 'Microsoft.Dynamics.CRM.{logicalName}' is not a table of this organization.");
}
