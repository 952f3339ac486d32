namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// Loads the tables, choices and relationships of an unpacked solution (the layout `pac solution unpack`
/// writes) into a catalog builder. Files it does not model (forms, views, web resources) are left alone.
/// </summary>
internal static class SolutionMetadataReader
{
    private const string ManifestPath = "Other/Solution.xml";
    private const string RelationshipListPath = "Other/Relationships.xml";

    public static MetadataCatalogBuilder AddTo(MetadataCatalogBuilder builder, IReadOnlyList<SolutionFile> files)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(files);
        var manifest = files.FirstOrDefault(f => f.RelativePath == ManifestPath)
            ?? throw new MetadataException($"The solution has no {ManifestPath}.");
        builder.SetSolution(SolutionManifestReader.Read(manifest));

        foreach (var file in files.Where(f => IsIn(f, "OptionSets/")))
        {
            builder.AddGlobalOptionSet(OptionSetXmlReader.Read(SolutionXmlNode.Root(file, "optionset"), isGlobal: true));
        }

        var created = new List<TableDefinition>();
        foreach (var file in files.Where(f => IsIn(f, "Entities/") && f.RelativePath.EndsWith("/Entity.xml", StringComparison.Ordinal)))
        {
            if (EntityXmlReader.Read(file, builder) is { } table)
            {
                created.Add(table);
            }
        }

        var defined = new List<RelationshipDefinition>();
        foreach (var file in files.Where(f => IsIn(f, "Other/Relationships/")))
        {
            defined.AddRange(RelationshipXmlReader.Read(file));
        }

        CheckListed(files.FirstOrDefault(f => f.RelativePath == RelationshipListPath), defined);
        // Dataverse gives every table the relationships of its audit and owner lookups; a folder's relationship
        // files often omit them (they are not the solution's own), so they are added for the tables it creates.
        defined.AddRange(created.SelectMany(table => Standard.CommonColumns.MissingRelationships(table, defined).ToList()).ToList());
        foreach (var relationship in defined)
        {
            builder.AddRelationship(relationship);
        }

        return builder;
    }

    private static bool IsIn(SolutionFile file, string folder) => file.RelativePath.StartsWith(folder, StringComparison.Ordinal);

    // SolutionPackager packs only the relationships Other/Relationships.xml lists, so a relationship defined but
    // not listed would silently vanish from the package, and one listed but not defined breaks the import.
    private static void CheckListed(SolutionFile? list, List<RelationshipDefinition> defined)
    {
        var names = new HashSet<string>(defined.Select(r => r.SchemaName), StringComparer.OrdinalIgnoreCase);
        if (list is null)
        {
            if (defined.Count > 0)
            {
                throw new MetadataException($"Relationships are defined but {RelationshipListPath} does not exist.");
            }

            return;
        }

        var listed = SolutionXmlNode.Root(list, "EntityRelationships").Children("EntityRelationship").ToList();
        foreach (var entry in listed)
        {
            var name = entry.RequiredAttribute("Name");
            if (!names.Contains(name))
            {
                throw entry.Error($"The relationship '{name}' is listed but not defined in Other/Relationships/.");
            }
        }

        var listedNames = new HashSet<string>(listed.Select(e => e.RequiredAttribute("Name")), StringComparer.OrdinalIgnoreCase);
        var unlisted = defined.FirstOrDefault(r => !listedNames.Contains(r.SchemaName));
        if (unlisted is not null)
        {
            throw new MetadataException($"The relationship '{unlisted.SchemaName}' is not listed in {RelationshipListPath}.", unlisted.Source);
        }
    }
}
