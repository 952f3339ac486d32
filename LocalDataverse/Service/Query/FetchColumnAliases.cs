using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// The aliases of attribute elements in a plain (non-aggregate) fetch: Dataverse returns such a column under its alias,
/// as an AliasedValue, instead of under its own name (root) or "linkalias.column" (link-entity).
/// </summary>
internal static class FetchColumnAliases
{
    public static void Apply(FetchQuery fetch, IEnumerable<Entity> rows)
    {
        var aliased = fetch.Columns.Where(c => c.Alias is not null && c.Aggregate is null).ToList();
        if (aliased.Count == 0)
        {
            return;
        }

        // A column asked for both with and without an alias keeps its plain entry as well.
        var plain = fetch.Columns.Where(c => c.Alias is null).Select(SourceKey).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var column in aliased)
            {
                var key = SourceKey(column);
                if (!row.Attributes.TryGetValue(key, out var value) || value is null)
                {
                    continue;
                }

                row.Attributes[column.Alias!] = value is AliasedValue already
                    ? already
                    : new AliasedValue(row.LogicalName, column.AttributeName, value);
                if (row.FormattedValues.TryGetValue(key, out var label))
                {
                    row.FormattedValues[column.Alias!] = label;
                }

                if (!plain.Contains(key) && key != column.Alias)
                {
                    row.Attributes.Remove(key);
                    row.FormattedValues.Remove(key);
                }
            }
        }
    }

    private static string SourceKey(FetchColumn column) =>
        column.EntityAlias is null ? column.AttributeName : column.EntityAlias + "." + column.AttributeName;
}
