using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// The tables a query reads, by the names conditions and orders use for them (the link's alias, or its table
/// name), each with the SQL alias the engine generated for it; user aliases never reach the SQL text.
/// </summary>
internal sealed class QueryScope
{
    private readonly Dictionary<string, (TableDefinition Table, string SqlAlias)> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> ambiguous = new(StringComparer.Ordinal);
    private int links;

    public QueryScope(TableDefinition root)
    {
        Root = (root, "t");
        byName[root.LogicalName] = Root;
    }

    public (TableDefinition Table, string SqlAlias) Root { get; }

    /// <summary>Registers a linked table; returns its SQL alias and the alias results name its columns by.</summary>
    public (string SqlAlias, string EntityAlias) AddLink(TableDefinition table, string? entityAlias)
    {
        links++;
        var sqlAlias = "l" + links.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Without an alias Dataverse names a link's columns after its table and position: contact1, contact2...
        var alias = string.IsNullOrEmpty(entityAlias) ? table.LogicalName + links.ToString(System.Globalization.CultureInfo.InvariantCulture) : entityAlias;
        if (!byName.TryAdd(alias, (table, sqlAlias)))
        {
            throw DataverseFaults.InvalidArgument($"The alias '{alias}' is used twice in the query.");
        }

        if (!byName.TryAdd(table.LogicalName, (table, sqlAlias)))
        {
            ambiguous.Add(table.LogicalName);
        }

        return (sqlAlias, alias);
    }

    /// <summary>The table a condition or order names; the given default when it names none.</summary>
    public (TableDefinition Table, string SqlAlias) Resolve(string? entityName, (TableDefinition Table, string SqlAlias) fallback)
    {
        if (string.IsNullOrEmpty(entityName))
        {
            return fallback;
        }

        if (ambiguous.Contains(entityName) && entityName != Root.Table.LogicalName)
        {
            throw DataverseFaults.InvalidArgument($"'{entityName}' names more than one linked table; use the link's alias.");
        }

        return byName.TryGetValue(entityName, out var found)
            ? found
            : throw DataverseFaults.InvalidArgument($"The query has no table or link alias named '{entityName}'.");
    }
}
