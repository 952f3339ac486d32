namespace DataverseSharing.LocalDataverse.Metadata.Standard;

/// <summary>
/// The columns Dataverse gives every table of a kind, so the built-in definitions list only what is particular to
/// each table. Solution Entity.xml files usually list these columns themselves, but exports omit versionnumber and
/// hand-made or trimmed ones omit more; Dataverse has them on every table all the same.
/// </summary>
internal static class CommonColumns
{
    /// <summary>Adds to a solution table the common columns of its kind that its file does not list.</summary>
    public static void AddMissing(List<ColumnDefinition> columns, OwnershipType ownership)
    {
        var listed = columns.Select(c => c.LogicalName).ToHashSet(StringComparer.Ordinal);
        var common = ownership == OwnershipType.UserOwned ? Audit().Concat(Ownership()) : Audit();
        columns.AddRange(common.Where(c => !listed.Contains(c.LogicalName)));
    }

    public static IEnumerable<ColumnDefinition> Audit()
    {
        yield return ReadOnly("createdon", ColumnType.DateTime) with { DateTimeBehavior = Metadata.DateTimeBehavior.UserLocal };
        yield return ReadOnly("createdby", ColumnType.Lookup) with { Targets = ["systemuser"] };
        yield return ReadOnly("createdonbehalfby", ColumnType.Lookup) with { Targets = ["systemuser"] };
        yield return ReadOnly("modifiedon", ColumnType.DateTime) with { DateTimeBehavior = Metadata.DateTimeBehavior.UserLocal };
        yield return ReadOnly("modifiedby", ColumnType.Lookup) with { Targets = ["systemuser"] };
        yield return ReadOnly("modifiedonbehalfby", ColumnType.Lookup) with { Targets = ["systemuser"] };
        yield return new ColumnDefinition
        {
            LogicalName = "overriddencreatedon",
            Type = ColumnType.DateTime,
            DateTimeBehavior = Metadata.DateTimeBehavior.UserLocal,
            IsDateOnlyFormat = true,
            ValidForUpdate = false,
        };
        yield return new ColumnDefinition { LogicalName = "importsequencenumber", Type = ColumnType.Integer, ValidForUpdate = false, MinValue = int.MinValue, MaxValue = int.MaxValue };
        yield return VersionNumber();
    }

    /// <summary>Row version Dataverse raises on every change; optimistic concurrency compares it.</summary>
    public static ColumnDefinition VersionNumber() => ReadOnly("versionnumber", ColumnType.BigInt);

    public static IEnumerable<ColumnDefinition> Ownership()
    {
        yield return new ColumnDefinition
        {
            LogicalName = "ownerid",
            SchemaName = "OwnerId",
            Type = ColumnType.Owner,
            Targets = ["systemuser", "team"],
            RequiredLevel = RequiredLevel.SystemRequired,
        };
        yield return ReadOnly("owningbusinessunit", ColumnType.Lookup) with { Targets = ["businessunit"] };
        yield return ReadOnly("owninguser", ColumnType.Lookup) with { Targets = ["systemuser"] };
        yield return ReadOnly("owningteam", ColumnType.Lookup) with { Targets = ["team"] };
    }

    /// <summary>The cascade of the audit and owner relationships: the parent's actions leave the children alone.</summary>
    public static CascadeConfiguration NoCascade { get; } = new();

    // The common lookups and the parent each points to; ownerid is left out, as its owner_* relationship points to
    // the pseudo-table "owner", which the catalog does not keep.
    private static readonly (string Column, string Parent, string Prefix, string Suffix)[] Lookups =
    [
        ("createdby", "systemuser", "lk_", "_createdby"),
        ("createdonbehalfby", "systemuser", "lk_", "_createdonbehalfby"),
        ("modifiedby", "systemuser", "lk_", "_modifiedby"),
        ("modifiedonbehalfby", "systemuser", "lk_", "_modifiedonbehalfby"),
        ("owninguser", "systemuser", "user_", string.Empty),
        ("owningteam", "team", "team_", string.Empty),
        ("owningbusinessunit", "businessunit", "business_unit_", string.Empty),
        ("transactioncurrencyid", "transactioncurrency", "TransactionCurrency_", string.Empty),
    ];

    /// <summary>
    /// The relationships through the table's common lookups (createdby, owninguser, transactioncurrencyid...) that
    /// <paramref name="existing"/> lacks, named as Dataverse names a new table's (lk_{table}_createdby,
    /// user_{table}, team_{table}, business_unit_{table}, TransactionCurrency_{table}). Solution files often omit
    /// them; with them, related-row queries and cascades see the same relationships as in Dataverse. A currency
    /// cannot be deleted while rows use it, as Dataverse documents for these relationships.
    /// </summary>
    public static IEnumerable<OneToManyRelationshipDefinition> MissingRelationships(TableDefinition table, IEnumerable<RelationshipDefinition> existing)
    {
        ArgumentNullException.ThrowIfNull(table);
        var covered = existing.OfType<OneToManyRelationshipDefinition>()
            .Where(r => r.ReferencingEntity == table.LogicalName)
            .Select(r => r.ReferencingAttribute)
            .ToHashSet(StringComparer.Ordinal);
        var names = existing.Select(r => r.SchemaName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, parent, prefix, suffix) in Lookups)
        {
            var name = prefix + table.LogicalName + suffix;
            if (table.FindColumn(column) is { IsReference: true } && !covered.Contains(column) && !names.Contains(name))
            {
                yield return new OneToManyRelationshipDefinition(name, parent, string.Empty, table.LogicalName, column)
                {
                    Cascade = parent == "transactioncurrency" ? NoCascade with { Delete = CascadeType.Restrict } : NoCascade,
                    Source = table.Source,
                };
            }
        }
    }

    private static ColumnDefinition ReadOnly(string name, ColumnType type) => new()
    {
        LogicalName = name,
        Type = type,
        ValidForCreate = false,
        ValidForUpdate = false,
    };
}
