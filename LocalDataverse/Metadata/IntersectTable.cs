namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// Builds the definition of the table behind a many-to-many relationship: its own id and the ids of the two
/// rows it pairs, as Dataverse creates it (the intersect table is not in solution files).
/// </summary>
internal static class IntersectTable
{
    public static TableDefinition For(ManyToManyRelationshipDefinition relationship)
    {
        var name = relationship.IntersectEntityName;
        var columns = new List<ColumnDefinition>
        {
            new() { LogicalName = name + "id", Type = ColumnType.Uniqueidentifier, IsPrimaryId = true, RequiredLevel = RequiredLevel.SystemRequired, ValidForUpdate = false },
            Side(relationship.Entity1IntersectAttribute, relationship.Entity1LogicalName),
            Side(relationship.Entity2IntersectAttribute, relationship.Entity2LogicalName),
            new() { LogicalName = "versionnumber", Type = ColumnType.BigInt, ValidForCreate = false, ValidForUpdate = false },
        };
        return new TableDefinition(name, name + "id", columns)
        {
            SchemaName = name,
            IsIntersect = true,
            Ownership = OwnershipType.None,
            Source = relationship.Source,
        };
    }

    private static ColumnDefinition Side(string attribute, string table) => new()
    {
        LogicalName = attribute,
        Type = ColumnType.Lookup,
        Targets = [table],
        RequiredLevel = RequiredLevel.SystemRequired,
        ValidForUpdate = false,
    };
}
