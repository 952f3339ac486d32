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

    private static ColumnDefinition ReadOnly(string name, ColumnType type) => new()
    {
        LogicalName = name,
        Type = type,
        ValidForCreate = false,
        ValidForUpdate = false,
    };
}
