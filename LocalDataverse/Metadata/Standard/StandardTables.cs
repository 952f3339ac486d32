using System.Text.Json;

namespace DataverseSharing.LocalDataverse.Metadata.Standard;

/// <summary>
/// The standard Dataverse tables the package touches (account, opportunity, systemuser...), with their real
/// logical names and types. They are data embedded in the assembly: reference-tables.json is generated from
/// Microsoft's documented table reference by build/StandardTables (registration tables), common-tables.json likewise
/// (activities, notes, currencies, queues) and core-tables.json (account, contact, opportunity); standard-tables.json holds the tables not yet generated. The columns
/// every table of a kind has are added here, from <see cref="CommonColumns"/>, with the relationships through them.
/// Everything is read and built once per process: opening an organization only hands the finished definitions to
/// a catalog builder.
/// </summary>
internal static class StandardTables
{
    private const string ResourcePrefix = "DataverseSharing.LocalDataverse.Metadata.Standard.";
    private const string ResourceFolder = "Metadata/Standard/";

    /// <summary>The embedded definition files, in load order.</summary>
    internal static readonly IReadOnlyList<string> Files = ["standard-tables.json", "core-tables.json", "common-tables.json", "reference-tables.json"];

    private static readonly Lazy<(IReadOnlyList<TableDefinition> Tables, IReadOnlyList<RelationshipDefinition> Relationships)> Definitions =
        new(() => Build(Files.Select(file => (ResourceFolder + file, LoadResource(file)))));

    /// <summary>Adds every standard table and relationship to the builder.</summary>
    public static MetadataCatalogBuilder AddTo(MetadataCatalogBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var (tables, relationships) = Definitions.Value;
        foreach (var table in tables)
        {
            builder.AddTable(table);
        }

        foreach (var relationship in relationships)
        {
            builder.AddRelationship(relationship);
        }

        return builder;
    }

    private static (IReadOnlyList<TableDefinition>, IReadOnlyList<RelationshipDefinition>) Build(IEnumerable<(string File, StandardTablesDocument Document)> documents)
    {
        var tables = new List<TableDefinition>();
        var relationships = new List<RelationshipDefinition>();
        foreach (var (file, document) in documents)
        {
            tables.AddRange(document.Tables.Select(table => ToDefinition(table, file)));
            relationships.AddRange(document.OneToMany.Select(relationship => ToDefinition(relationship, file)));
            relationships.AddRange(document.ManyToMany.Select(relationship => new ManyToManyRelationshipDefinition(
                relationship.Name,
                relationship.Entity1,
                relationship.Attribute1,
                relationship.Entity2,
                relationship.Attribute2,
                relationship.Intersect)));
        }

        // The pages of the older tables were not all read for their audit and owner relationships; those a file
        // does not list get the names Dataverse gives a new table's (see CommonColumns.MissingRelationships).
        foreach (var table in tables)
        {
            relationships.AddRange(CommonColumns.MissingRelationships(table, relationships).ToList());
        }

        return (tables, relationships);
    }

    private static StandardTablesDocument LoadResource(string file)
    {
        var name = ResourcePrefix + file;
        using var stream = typeof(StandardTables).Assembly.GetManifestResourceStream(name)
            ?? throw new MetadataException($"The embedded resource '{name}' is missing from the assembly.");
        return Parse(stream, ResourceFolder + file);
    }

    /// <summary>Reads one definition file; a malformed one is refused with its file and line.</summary>
    internal static StandardTablesDocument Parse(Stream stream, string file)
    {
        try
        {
            return JsonSerializer.Deserialize(stream, StandardTablesJsonContext.Default.StandardTablesDocument) is { Tables: not null, OneToMany: not null, ManyToMany: not null } document
                ? document
                : throw new MetadataException("The built-in table definitions are empty or lack tables, oneToMany or manyToMany.", new SourceLocation(file, 1));
        }
        catch (JsonException e)
        {
            throw new MetadataException($"Malformed built-in table definitions: {e.Message}", new SourceLocation(file, (int)(e.LineNumber ?? -1) + 1), e);
        }
    }

    private static TableDefinition ToDefinition(StandardTable table, string file)
    {
        var columns = new List<ColumnDefinition>
        {
            new()
            {
                LogicalName = table.PrimaryId,
                Type = ColumnType.Uniqueidentifier,
                IsPrimaryId = true,
                RequiredLevel = RequiredLevel.SystemRequired,
                ValidForUpdate = false,
            },
        };
        columns.AddRange(table.Columns.Select(c => ToDefinition(c, table, file)));
        columns.AddRange(CommonColumns.Audit());
        if (table.Ownership == OwnershipType.UserOwned)
        {
            columns.AddRange(CommonColumns.Ownership());
        }

        return new TableDefinition(table.Name, table.PrimaryId, columns)
        {
            SchemaName = table.SchemaName,
            DisplayName = table.DisplayName,
            EntitySetName = table.EntitySet,
            PrimaryNameAttribute = table.PrimaryName,
            Ownership = table.Ownership,
            Source = new SourceLocation(file, 0),
        };
    }

    private static ColumnDefinition ToDefinition(StandardColumn column, StandardTable table, string file) => new()
    {
        LogicalName = column.Name,
        Type = column.Type,
        RequiredLevel = column.Required,
        MaxLength = column.MaxLength,
        MinValue = column.Min,
        MaxValue = column.Max,
        Precision = column.Precision,
        Targets = column.Targets ?? [],
        OptionSet = column.Options is null ? null : ToOptionSet(column, table),
        DateTimeBehavior = column.Type == ColumnType.DateTime ? column.Behavior ?? DateTimeBehavior.UserLocal : null,
        IsDateOnlyFormat = column.DateOnly,
        IsPrimaryName = column.Name == table.PrimaryName,
        ValidForCreate = !column.ReadOnly,
        ValidForUpdate = !column.ReadOnly && !column.CreateOnly,
        Source = new SourceLocation(file, 0),
    };

    private static OptionSetDefinition ToOptionSet(StandardColumn column, StandardTable table)
    {
        var kind = column.Type switch
        {
            ColumnType.State => OptionSetKind.State,
            ColumnType.Status => OptionSetKind.Status,
            ColumnType.Boolean => OptionSetKind.Boolean,
            _ => OptionSetKind.Picklist,
        };
        var options = column.Options!.Select(o => new OptionDefinition(o.Value, o.Label)
        {
            DefaultStatus = o.DefaultStatus,
            State = o.State,
            InvariantName = kind == OptionSetKind.State ? o.Label : null,
        });
        return new OptionSetDefinition($"{table.Name}_{column.Name}", kind, isGlobal: false, options);
    }

    private static OneToManyRelationshipDefinition ToDefinition(StandardOneToMany relationship, string file)
    {
        var cascade = relationship.Cascade switch
        {
            "Parental" => CascadeConfiguration.Parental,
            "Referential" => CascadeConfiguration.Referential,
            "Restrict" => CascadeConfiguration.Referential with { Delete = CascadeType.Restrict },
            "None" => CommonColumns.NoCascade,
            _ => throw new MetadataException(
                $"Relationship '{relationship.Name}' has the unknown cascade '{relationship.Cascade}'.",
                new SourceLocation(file, 0)),
        };
        // The builder fills in the referenced table's primary key once every table is known.
        return new OneToManyRelationshipDefinition(
            relationship.Name,
            relationship.Referenced,
            string.Empty,
            relationship.Referencing,
            relationship.Attribute)
        {
            Cascade = cascade,
        };
    }
}
