namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// An alternate key: the columns whose values together identify a row, so integrations can upsert by them.
/// Storage makes it a unique index.
/// </summary>
public sealed record AlternateKeyDefinition(string LogicalName, string SchemaName, IReadOnlyList<string> Columns);
