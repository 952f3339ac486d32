namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>A named relationship between tables; the schema name is what Associate and queries refer to.</summary>
public abstract record RelationshipDefinition(string SchemaName)
{
    public SourceLocation? Source { get; init; }
}

/// <summary>
/// A one-to-many relationship: <see cref="ReferencingAttribute"/> on the child table holds the id of a row of the
/// parent (referenced) table.
/// </summary>
public sealed record OneToManyRelationshipDefinition(
    string SchemaName,
    string ReferencedEntity,
    string ReferencedAttribute,
    string ReferencingEntity,
    string ReferencingAttribute) : RelationshipDefinition(SchemaName)
{
    public CascadeConfiguration Cascade { get; init; } = CascadeConfiguration.Referential;
}

/// <summary>
/// A many-to-many relationship, stored as rows of the intersect table that pair the two tables' ids.
/// </summary>
public sealed record ManyToManyRelationshipDefinition(
    string SchemaName,
    string Entity1LogicalName,
    string Entity1IntersectAttribute,
    string Entity2LogicalName,
    string Entity2IntersectAttribute,
    string IntersectEntityName) : RelationshipDefinition(SchemaName);
