namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// Collects tables, columns added to existing tables, global choices and relationships from any source (built-in
/// definitions, solution files), then checks that they fit together and builds the immutable catalog.
/// </summary>
internal sealed class MetadataCatalogBuilder
{
    // The "Owner" pseudo-table that owner_* relationships point to is not a table: an Owner column's targets are
    // always systemuser and team, so those relationships add nothing the column type does not already say.
    private const string OwnerPseudoTable = "owner";

    private readonly Dictionary<string, TableDefinition> tables = new(StringComparer.Ordinal);
    private readonly List<(string Table, ColumnDefinition Column)> extensions = [];
    private readonly Dictionary<string, OptionSetDefinition> optionSets = new(StringComparer.Ordinal);
    private readonly List<RelationshipDefinition> relationships = [];
    private SolutionManifestInfo? solution;

    public MetadataCatalogBuilder AddTable(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!tables.TryAdd(table.LogicalName, table))
        {
            throw new MetadataException($"The table '{table.LogicalName}' is defined twice.", table.Source);
        }

        return this;
    }

    /// <summary>Adds a column to a table defined elsewhere, as a solution does for a standard table.</summary>
    public MetadataCatalogBuilder ExtendTable(string tableLogicalName, ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        extensions.Add((tableLogicalName, column));
        return this;
    }

    public MetadataCatalogBuilder AddGlobalOptionSet(OptionSetDefinition optionSet)
    {
        ArgumentNullException.ThrowIfNull(optionSet);
        if (!optionSets.TryAdd(optionSet.Name, optionSet))
        {
            throw new MetadataException($"The global choice '{optionSet.Name}' is defined twice.");
        }

        return this;
    }

    public MetadataCatalogBuilder AddRelationship(RelationshipDefinition relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        relationships.Add(relationship);
        return this;
    }

    public MetadataCatalogBuilder SetSolution(SolutionManifestInfo manifest)
    {
        solution = manifest;
        return this;
    }

    public MetadataCatalog Build()
    {
        var columnsByTable = tables.Values.ToDictionary(t => t.LogicalName, t => t.Columns.ToList(), StringComparer.Ordinal);
        ApplyExtensions(columnsByTable);
        var resolved = new List<RelationshipDefinition>();
        foreach (var relationship in relationships)
        {
            switch (relationship)
            {
                case OneToManyRelationshipDefinition oneToMany when oneToMany.ReferencedEntity == OwnerPseudoTable:
                    break;
                case OneToManyRelationshipDefinition oneToMany:
                    resolved.Add(AddLookupTarget(oneToMany, columnsByTable));
                    break;
                case ManyToManyRelationshipDefinition manyToMany:
                    CheckTableExists(manyToMany.Entity1LogicalName, manyToMany);
                    CheckTableExists(manyToMany.Entity2LogicalName, manyToMany);
                    resolved.Add(manyToMany);
                    break;
            }
        }

        CheckUniqueRelationshipNames(resolved);
        var built = tables.Values.Select(t => Rebuild(t, columnsByTable[t.LogicalName])).ToList();
        foreach (var table in built)
        {
            CheckColumns(table, built);
        }

        built.AddRange(resolved.OfType<ManyToManyRelationshipDefinition>().Select(IntersectTable.For));
        return new MetadataCatalog(built, optionSets.Values, resolved, solution);
    }

    private void ApplyExtensions(Dictionary<string, List<ColumnDefinition>> columnsByTable)
    {
        foreach (var (table, column) in extensions)
        {
            if (!columnsByTable.TryGetValue(table, out var columns))
            {
                throw new MetadataException(
                    $"Column '{column.LogicalName}' is added to the table '{table}', which is neither in the solution nor a built-in standard table.",
                    column.Source);
            }

            if (columns.Any(c => c.LogicalName == column.LogicalName))
            {
                throw new MetadataException($"Column '{column.LogicalName}' already exists on the table '{table}'.", column.Source);
            }

            columns.Add(column);
        }
    }

    private OneToManyRelationshipDefinition AddLookupTarget(
        OneToManyRelationshipDefinition relationship,
        Dictionary<string, List<ColumnDefinition>> columnsByTable)
    {
        var referenced = CheckTableExists(relationship.ReferencedEntity, relationship);
        CheckTableExists(relationship.ReferencingEntity, relationship);
        var columns = columnsByTable[relationship.ReferencingEntity];
        var index = columns.FindIndex(c => c.LogicalName == relationship.ReferencingAttribute);
        if (index < 0 || !columns[index].IsReference)
        {
            throw new MetadataException(
                $"Relationship '{relationship.SchemaName}' uses '{relationship.ReferencingEntity}.{relationship.ReferencingAttribute}', which is not a lookup column.",
                relationship.Source);
        }

        var column = columns[index];
        if (!column.Targets.Contains(referenced.LogicalName))
        {
            columns[index] = column with { Targets = [.. column.Targets, referenced.LogicalName] };
        }

        return relationship.ReferencedAttribute.Length > 0
            ? relationship
            : relationship with { ReferencedAttribute = referenced.PrimaryIdAttribute };
    }

    private TableDefinition CheckTableExists(string logicalName, RelationshipDefinition relationship) =>
        tables.TryGetValue(logicalName, out var table)
            ? table
            : throw new MetadataException(
                $"Relationship '{relationship.SchemaName}' refers to the table '{logicalName}', which is not defined.",
                relationship.Source);

    private static void CheckUniqueRelationshipNames(IEnumerable<RelationshipDefinition> resolved)
    {
        var duplicate = resolved.GroupBy(r => r.SchemaName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new MetadataException($"The relationship '{duplicate.Key}' is defined twice.", duplicate.Last().Source);
        }
    }

    private TableDefinition Rebuild(TableDefinition table, List<ColumnDefinition> columns)
    {
        var completed = columns.Select(ResolveGlobalOptionSet);
        return new TableDefinition(table.LogicalName, table.PrimaryIdAttribute, completed, table.Keys)
        {
            SchemaName = table.SchemaName,
            DisplayName = table.DisplayName,
            EntitySetName = table.EntitySetName,
            PrimaryNameAttribute = table.PrimaryNameAttribute,
            Ownership = table.Ownership,
            IsCustom = table.IsCustom,
            IsIntersect = table.IsIntersect,
            Source = table.Source,
        };
    }

    private ColumnDefinition ResolveGlobalOptionSet(ColumnDefinition column)
    {
        if (column.GlobalOptionSetName is null || column.OptionSet is not null)
        {
            return column;
        }

        return optionSets.TryGetValue(column.GlobalOptionSetName, out var optionSet)
            ? column with { OptionSet = optionSet }
            : throw new MetadataException(
                $"Column '{column.LogicalName}' uses the global choice '{column.GlobalOptionSetName}', which is not defined.",
                column.Source);
    }

    private static void CheckColumns(TableDefinition table, List<TableDefinition> all)
    {
        if (table.FindColumn(table.PrimaryIdAttribute) is not { Type: ColumnType.Uniqueidentifier })
        {
            throw new MetadataException(
                $"Table '{table.LogicalName}' has no Uniqueidentifier column '{table.PrimaryIdAttribute}' for its primary key.",
                table.Source);
        }

        foreach (var column in table.Columns)
        {
            if (column.IsReference && column.Targets.Count == 0)
            {
                throw new MetadataException(
                    $"Lookup column '{table.LogicalName}.{column.LogicalName}' has no target table: no relationship uses it.",
                    column.Source);
            }

            var unknown = column.Targets.FirstOrDefault(t => all.All(x => x.LogicalName != t));
            if (unknown is not null)
            {
                throw new MetadataException(
                    $"Lookup column '{table.LogicalName}.{column.LogicalName}' targets the table '{unknown}', which is not defined.",
                    column.Source);
            }

            if (column.Type is ColumnType.Picklist or ColumnType.MultiSelectPicklist or ColumnType.State or ColumnType.Status
                && column.OptionSet is null)
            {
                throw new MetadataException($"Choice column '{table.LogicalName}.{column.LogicalName}' has no options.", column.Source);
            }
        }

        foreach (var key in table.Keys)
        {
            var missing = key.Columns.FirstOrDefault(c => table.FindColumn(c) is null);
            if (missing is not null)
            {
                throw new MetadataException(
                    $"Alternate key '{key.LogicalName}' of table '{table.LogicalName}' uses the column '{missing}', which the table does not have.",
                    table.Source);
            }
        }
    }
}
