using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.Serve.Json;

/// <summary>
/// Single-valued navigation property names of lookups, as @odata.bind takes them: the lookup's logical name, and
/// for a lookup that can name several tables (customer, owner, regarding) also <c>&lt;lookup&gt;_&lt;table&gt;</c>,
/// as Dataverse names them (parentcustomerid_account). Matched case-insensitively, so a client that uses the schema
/// name (dvs_OpportunityId) binds too.
/// </summary>
internal static class NavigationProperties
{
    public static string? For(ColumnDefinition? column, string target) =>
        column is null ? null : column.IsPolymorphic && column.Type != ColumnType.Owner ? column.LogicalName + "_" + target : column.LogicalName;

    /// <summary>The lookup a navigation property names, with the table it fixes (null: the bound URL's table decides).</summary>
    public static (ColumnDefinition Column, string? Target)? Find(TableDefinition table, string property)
    {
        var exact = table.Columns.FirstOrDefault(c => c.IsReference && c.LogicalName.Equals(property, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return (exact, null);
        }

        foreach (var column in table.Columns.Where(c => c.IsReference))
        {
            foreach (var target in column.Targets)
            {
                if ((column.LogicalName + "_" + target).Equals(property, StringComparison.OrdinalIgnoreCase))
                {
                    return (column, target);
                }
            }
        }

        return null;
    }
}
