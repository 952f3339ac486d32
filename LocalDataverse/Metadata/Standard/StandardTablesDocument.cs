namespace DataverseSharing.LocalDataverse.Metadata.Standard;

// The shape of standard-tables.json. Deserialized, never built in code, hence the analyzer suppressions.
#pragma warning disable CA1812
internal sealed record StandardTablesDocument(
    IReadOnlyList<StandardTable> Tables,
    IReadOnlyList<StandardOneToMany> OneToMany,
    IReadOnlyList<StandardManyToMany> ManyToMany);

internal sealed record StandardTable(
    string Name,
    string SchemaName,
    string DisplayName,
    string EntitySet,
    string PrimaryId,
    string PrimaryName,
    OwnershipType Ownership,
    IReadOnlyList<StandardColumn> Columns);

internal sealed record StandardColumn(
    string Name,
    ColumnType Type,
    RequiredLevel Required = RequiredLevel.None,
    int? MaxLength = null,
    decimal? Min = null,
    decimal? Max = null,
    int? Precision = null,
    IReadOnlyList<string>? Targets = null,
    IReadOnlyList<StandardOption>? Options = null,
    DateTimeBehavior? Behavior = null,
    bool DateOnly = false,
    bool ReadOnly = false,
    bool CreateOnly = false);

internal sealed record StandardOption(int Value, string Label, int? DefaultStatus = null, int? State = null);

/// <summary>
/// Cascade is "Parental", "Referential", "Restrict" (referential, but a parent with children cannot be deleted) or
/// "None" (the children are left alone, as for createdby).
/// </summary>
internal sealed record StandardOneToMany(string Name, string Referenced, string Referencing, string Attribute, string Cascade);

internal sealed record StandardManyToMany(string Name, string Entity1, string Attribute1, string Entity2, string Attribute2, string Intersect);
#pragma warning restore CA1812

/// <summary>
/// The definition files' serializer metadata, generated at compile time: reflection-built metadata for these
/// records cost a console command (a new process, so every time) about a tenth of a second of JIT and reflection.
/// </summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(StandardTablesDocument))]
internal sealed partial class StandardTablesJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
