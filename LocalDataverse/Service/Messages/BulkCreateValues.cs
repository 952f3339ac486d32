using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// The values CreateMultiple writes for each row, by Create's rules without a query per row. The columns the
/// platform maintains (created/modified stamps, owner and owning business unit, state) are the same for every row
/// with the same owner and state, so RecordWriter computes them once per such group; each row's own attributes are
/// checked and converted as Create does, with lookup targets checked once per referenced row.
/// </summary>
internal sealed class BulkCreateValues(RequestContext context, TableDefinition table)
{
    // The attributes RecordWriter ignores or sets itself on Create; the group template provides their values.
    private static readonly HashSet<string> Maintained = new(StringComparer.Ordinal)
    {
        "createdon", "createdby", "createdonbehalfby", "modifiedon", "modifiedby", "modifiedonbehalfby",
        "owningbusinessunit", "owninguser", "owningteam", "versionnumber", "statecode", "statuscode", "ownerid",
    };

    private readonly Dictionary<(string?, Guid, int?, int?), Dictionary<string, object>> templates = new();
    private readonly HashSet<(string, Guid)> existing = new();

    public Dictionary<string, object> For(Entity target, Guid id)
    {
        // Sized for the row's own columns too: copying the template and growing it as they were added was a fifth of a row.
        var template = Template(target);
        var values = new Dictionary<string, object>(template.Count + target.Attributes.Count + 2, StringComparer.Ordinal);
        foreach (var (name, value) in template)
        {
            values[name] = value;
        }

        foreach (var (name, value) in target.Attributes)
        {
            var column = TableLookup.Column(table, name);
            if (Maintained.Contains(name) || column.IsPrimaryId)
            {
                continue;
            }

            if (value is EntityReference reference && column.IsReference && column.Targets.Contains(reference.LogicalName))
            {
                MustExist(reference);
            }

            foreach (var (storageColumn, storageValue) in ValueToStorage.Convert(table, column, value))
            {
                values[storageColumn] = storageValue;
            }
        }

        values[table.PrimaryIdAttribute] = StorageFormat.Guid(id);

        // The template holds what is the same for the group; what a row derives from its own values, Create's rules give.
        DerivedColumns.Apply(context, table, target, id, values, isCreate: true);
        return values;
    }

    private Dictionary<string, object> Template(Entity target)
    {
        var owner = target.Attributes.TryGetValue("ownerid", out var ownerValue) ? ownerValue as EntityReference : null;
        var state = target.Attributes.TryGetValue("statecode", out var stateValue) ? (stateValue as OptionSetValue)?.Value : null;
        var status = target.Attributes.TryGetValue("statuscode", out var statusValue) ? (statusValue as OptionSetValue)?.Value : null;
        var key = (owner?.LogicalName, owner?.Id ?? Guid.Empty, state, status);
        if (templates.TryGetValue(key, out var template) && ownerValue is null or EntityReference)
        {
            return template;
        }

        // A target holding only what decides the maintained columns; RecordWriter validates it as Create does.
        var group = new Entity(table.LogicalName);
        foreach (var name in new[] { "ownerid", "statecode", "statuscode" })
        {
            if (target.Attributes.TryGetValue(name, out var value))
            {
                group[name] = value;
            }
        }

        template = RecordWriter.ForCreate(context, table, group, Guid.Empty);
        templates[key] = template;
        return template;
    }

    /// <summary>A row of the request, written or about to be: lookups from later rows may point to it.</summary>
    public void Created(Guid id) => existing.Add((table.LogicalName, id));

    private void MustExist(EntityReference reference)
    {
        if (existing.Contains((reference.LogicalName, reference.Id)))
        {
            return;
        }

        if (!new RecordStore(context, context.Catalog.GetTable(reference.LogicalName)).Exists(reference.Id))
        {
            throw Faults.DataverseFaults.RecordNotFound(reference.LogicalName, reference.Id);
        }

        existing.Add((reference.LogicalName, reference.Id));
    }
}
