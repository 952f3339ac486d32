namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// Reads Entities/&lt;SchemaName&gt;/Entity.xml. A table the solution creates becomes a table definition; a
/// standard table marked unmodified="1" only contributes the columns the solution adds to it.
/// </summary>
internal static class EntityXmlReader
{
    /// <returns>The table the solution creates; null for a standard table the file only adds columns to.</returns>
    public static TableDefinition? Read(SolutionFile file, MetadataCatalogBuilder builder)
    {
        var root = SolutionXmlNode.Root(file, "Entity");
        var entity = root.RequiredChild("EntityInfo").RequiredChild("entity");
        var schemaName = entity.RequiredAttribute("Name");
        var logicalName = schemaName.ToLowerInvariant();
        var columns = entity.RequiredChild("attributes").Children("attribute").Select(AttributeXmlReader.Read).ToList();
        if (entity.Attribute("unmodified") == "1")
        {
            foreach (var column in columns)
            {
                builder.ExtendTable(logicalName, column);
            }

            return null;
        }

        var primaryId = columns.Where(c => c.IsPrimaryId).Select(c => c.LogicalName).FirstOrDefault()
            ?? throw entity.Error($"Table '{schemaName}' has no attribute of type primarykey.");
        var ownership = ToOwnership(entity);
        Standard.CommonColumns.AddMissing(columns, ownership);
        var table = new TableDefinition(logicalName, primaryId, columns, ReadKeys(entity))
        {
            SchemaName = schemaName,
            DisplayName = entity.Child("LocalizedNames")?.Children("LocalizedName").Select(n => n.Attribute("description")).FirstOrDefault(),
            EntitySetName = entity.Value("EntitySetName"),
            PrimaryNameAttribute = columns.Where(c => c.IsPrimaryName).Select(c => c.LogicalName).FirstOrDefault(),
            Ownership = ownership,
            IsCustom = true,
            Source = entity.Location,
        };
        builder.AddTable(table);
        return table;
    }

    private static List<AlternateKeyDefinition> ReadKeys(SolutionXmlNode entity) =>
        (entity.Child("EntityKeys")?.Children("EntityKey") ?? [])
            .Select(key => new AlternateKeyDefinition(
                key.Value("LogicalName") ?? key.RequiredValue("Name").ToLowerInvariant(),
                key.RequiredValue("Name"),
                key.RequiredChild("EntityKeyAttributes").Children("AttributeName").Select(a => a.Element.Value.Trim().ToLowerInvariant()).ToList()))
            .ToList();

    private static OwnershipType ToOwnership(SolutionXmlNode entity) => entity.Value("OwnershipTypeMask") switch
    {
        null or "UserOwned" => OwnershipType.UserOwned,
        "OrgOwned" or "OrganizationOwned" => OwnershipType.OrganizationOwned,
        "BusinessOwned" => OwnershipType.BusinessOwned,
        "None" => OwnershipType.None,
        var other => throw entity.Error($"Unknown OwnershipTypeMask '{other}'."),
    };
}
