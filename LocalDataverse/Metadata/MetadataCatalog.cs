namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// Every table, global choice and relationship the engine knows: the built-in standard tables merged with the
/// package's solution. Immutable once built, so one instance can be shared by every engine in a process.
/// Public on purpose with its definitions (tables, columns, choices, relationships): callers read column limits and
/// choices from it, and pass one in <see cref="LocalOrganizationOptions.Catalog"/>. Building one is internal.
/// </summary>
public sealed class MetadataCatalog
{
    private readonly Dictionary<string, TableDefinition> tables;
    private readonly Dictionary<string, OptionSetDefinition> optionSets;
    private readonly Dictionary<string, RelationshipDefinition> relationships;

    internal MetadataCatalog(
        IEnumerable<TableDefinition> tables,
        IEnumerable<OptionSetDefinition> globalOptionSets,
        IEnumerable<RelationshipDefinition> relationships,
        SolutionManifestInfo? solution)
    {
        this.tables = tables.ToDictionary(t => t.LogicalName, StringComparer.Ordinal);
        optionSets = globalOptionSets.ToDictionary(o => o.Name, StringComparer.Ordinal);
        this.relationships = relationships.ToDictionary(r => r.SchemaName, StringComparer.OrdinalIgnoreCase);
        Solution = solution;
    }

    /// <summary>The solution the package's tables came from; null when the catalog holds built-in tables only.</summary>
    public SolutionManifestInfo? Solution { get; }

    public IReadOnlyCollection<TableDefinition> Tables => tables.Values;

    public IReadOnlyCollection<OptionSetDefinition> GlobalOptionSets => optionSets.Values;

    public IReadOnlyCollection<RelationshipDefinition> Relationships => relationships.Values;

    public bool TryGetTable(string logicalName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TableDefinition? table) =>
        tables.TryGetValue(logicalName, out table);

    public TableDefinition? FindTable(string logicalName) => tables.GetValueOrDefault(logicalName);

    /// <summary>The table, or an exception naming it; for callers that already validated the name.</summary>
    public TableDefinition GetTable(string logicalName) =>
        tables.TryGetValue(logicalName, out var table)
            ? table
            : throw new KeyNotFoundException($"The table '{logicalName}' is not in the metadata catalog.");

    public OptionSetDefinition? FindGlobalOptionSet(string name) => optionSets.GetValueOrDefault(name);

    /// <summary>Relationship by schema name; Dataverse compares these names case-insensitively.</summary>
    public RelationshipDefinition? FindRelationship(string schemaName) => relationships.GetValueOrDefault(schemaName);

    /// <summary>One-to-many relationships in which the table is the parent, for cascades when its rows change.</summary>
    public IEnumerable<OneToManyRelationshipDefinition> RelationshipsReferencing(string referencedTable) =>
        relationships.Values.OfType<OneToManyRelationshipDefinition>().Where(r => r.ReferencedEntity == referencedTable);

    /// <summary>One-to-many relationships in which the table is the child, that is its lookups.</summary>
    public IEnumerable<OneToManyRelationshipDefinition> RelationshipsReferencedBy(string referencingTable) =>
        relationships.Values.OfType<OneToManyRelationshipDefinition>().Where(r => r.ReferencingEntity == referencingTable);

    public IEnumerable<ManyToManyRelationshipDefinition> ManyToManyRelationships =>
        relationships.Values.OfType<ManyToManyRelationshipDefinition>();
}
