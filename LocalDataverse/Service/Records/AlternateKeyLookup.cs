using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Service.Query;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// Finds a row by alternate-key values (Entity.KeyAttributes, EntityReference.KeyAttributes), as sync upserts
/// practices across environments by dvs_practicekey. The values must name exactly one of the table's keys.
/// </summary>
internal static class AlternateKeyLookup
{
    /// <summary>The id of the row with the key values, or null when none has them.</summary>
    public static Guid? Find(RequestContext context, TableDefinition table, KeyAttributeCollection keyValues)
    {
        var names = keyValues.Keys.ToHashSet(StringComparer.Ordinal);
        var key = table.Keys.FirstOrDefault(k => names.SetEquals(k.Columns)) ?? throw DataverseFaults.KeyNotDefined(table.LogicalName);
        if (!context.HasTable(table.LogicalName))
        {
            return null;
        }

        var sql = new SqlStatement();
        var conditions = key.Columns.Select(name =>
        {
            var column = table.FindColumn(name)!;
            return $"{ConditionTranslator.Operand(column, "t")} = {sql.Parameter(ConditionValues.ToStorage(table.LogicalName, column, keyValues[name]))}";
        });
        sql.Text.Append($"SELECT t.{SqlIdentifier.Quote(table.PrimaryIdAttribute)} FROM {SqlIdentifier.Quote(table.LogicalName)} AS t WHERE ")
            .Append(string.Join(" AND ", conditions)).Append(';');
        using var command = context.Command(sql.Text.ToString());
        sql.Bind(command);
        return command.ExecuteScalar() is string id ? Guid.Parse(id) : null;
    }

    /// <summary>The id a reference names, directly or by alternate key; faults when a key matches no row.</summary>
    public static Guid Resolve(RequestContext context, TableDefinition table, EntityReference reference) =>
        reference.Id != Guid.Empty || reference.KeyAttributes.Count == 0
            ? reference.Id
            : Find(context, table, reference.KeyAttributes) ?? throw DataverseFaults.NoRecordWithKey(table.LogicalName);
}
