using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// Turns the attributes of a Create or Update target into the SQL values to write: validates each, fills the
/// columns Dataverse maintains itself (created/modified on and by, owner, row version, state) and checks that
/// every lookup points to an existing row.
/// </summary>
internal static class RecordWriter
{
    // Columns the platform maintains; values a caller sends for them are ignored, as Dataverse ignores them.
    private static readonly HashSet<string> Maintained = new(StringComparer.Ordinal)
    {
        "createdon", "createdby", "createdonbehalfby", "modifiedon", "modifiedby", "modifiedonbehalfby",
        "owningbusinessunit", "owninguser", "owningteam", "versionnumber", "statecode", "statuscode",
    };

    public static Dictionary<string, object> ForCreate(RequestContext context, TableDefinition table, Entity target, Guid id)
    {
        var values = FromTarget(context, table, target);
        values[table.PrimaryIdAttribute] = StorageFormat.Guid(id);
        SetIfPresent(table, values, "createdon", StorageFormat.DateTime(context.Now, false));
        SetIfPresent(table, values, "createdby", StorageFormat.Guid(context.UserId));
        if (table.FindColumn("ownerid") is not null && !target.Attributes.ContainsKey("ownerid"))
        {
            Merge(values, ValueToStorage.Convert(table, table.FindColumn("ownerid")!, new EntityReference("systemuser", context.UserId)));
        }

        ApplyOwnership(context, table, target, values, isCreate: true);
        ApplyCommon(context, table, target, values, isCreate: true);
        DerivedColumns.Apply(context, table, target, id, values, isCreate: true);
        return values;
    }

    /// <summary>The values of an update; the row's id defaults to the target's (pass it when the target names the row by key).</summary>
    public static Dictionary<string, object> ForUpdate(RequestContext context, TableDefinition table, Entity target, Guid? id = null)
    {
        var values = FromTarget(context, table, target);
        ApplyOwnership(context, table, target, values, isCreate: false);
        ApplyCommon(context, table, target, values, isCreate: false);
        DerivedColumns.Apply(context, table, target, id ?? target.Id, values, isCreate: false);
        return values;
    }

    private static Dictionary<string, object> FromTarget(RequestContext context, TableDefinition table, Entity target)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in target.Attributes)
        {
            var column = TableLookup.Column(table, name);
            if (Maintained.Contains(name) || column.IsPrimaryId)
            {
                continue;
            }

            if (value is EntityReference reference && column.IsReference && column.Targets.Contains(reference.LogicalName)
                && !new RecordStore(context, context.Catalog.GetTable(reference.LogicalName)).Exists(reference.Id))
            {
                throw DataverseFaults.RecordNotFound(reference.LogicalName, reference.Id);
            }

            Merge(values, ValueToStorage.Convert(table, column, value));
        }

        return values;
    }

    private static void ApplyOwnership(RequestContext context, TableDefinition table, Entity target, Dictionary<string, object> values, bool isCreate)
    {
        if (table.FindColumn("ownerid") is null || (!isCreate && !target.Attributes.ContainsKey("ownerid")))
        {
            return;
        }

        var owner = target.GetAttributeValue<EntityReference>("ownerid") ?? new EntityReference("systemuser", context.UserId);
        values["owninguser"] = owner.LogicalName == "systemuser" ? StorageFormat.Guid(owner.Id) : DBNull.Value;
        values["owningteam"] = owner.LogicalName == "team" ? StorageFormat.Guid(owner.Id) : DBNull.Value;
        values["owningbusinessunit"] = OwnerBusinessUnit(context, owner) is { } unit ? StorageFormat.Guid(unit) : DBNull.Value;
    }

    // The owning business unit is the owner's; an owner row the engine does not hold (a bare test user) has none.
    private static Guid? OwnerBusinessUnit(RequestContext context, EntityReference owner)
    {
        if (!context.Catalog.TryGetTable(owner.LogicalName, out var ownerTable) || ownerTable.FindColumn("businessunitid") is not { } column)
        {
            return null;
        }

        // One column through a cached statement: the full-row read this replaces was a tenth of a Create.
        return new RecordStore(context, ownerTable).ReadLookup(owner.Id, column);
    }

    private static void ApplyCommon(RequestContext context, TableDefinition table, Entity target, Dictionary<string, object> values, bool isCreate)
    {
        SetIfPresent(table, values, "modifiedon", StorageFormat.DateTime(context.Now, false));
        SetIfPresent(table, values, "modifiedby", StorageFormat.Guid(context.UserId));
        SetIfPresent(table, values, "versionnumber", context.RowVersion);
        if (StateResolution.Resolve(table, target, isCreate) is var (state, status))
        {
            values["statecode"] = state;
            values["statuscode"] = status;
        }
    }

    private static void SetIfPresent(TableDefinition table, Dictionary<string, object> values, string column, object value)
    {
        if (table.FindColumn(column) is not null)
        {
            values[column] = value;
        }
    }

    private static void Merge(Dictionary<string, object> values, IEnumerable<(string Column, object Value)> converted)
    {
        foreach (var (column, value) in converted)
        {
            values[column] = value;
        }
    }
}
