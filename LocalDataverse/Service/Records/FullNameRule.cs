using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// Dataverse composes fullname (contact, systemuser) from firstname and lastname; callers cannot write it.
/// The engine uses the organization's default format, "First Last".
/// </summary>
internal static class FullNameRule
{
    public static void Apply(RequestContext context, TableDefinition table, Entity target, Guid id, Dictionary<string, object> values, bool isCreate)
    {
        if (table.FindColumn("fullname") is null || table.FindColumn("firstname") is null || table.FindColumn("lastname") is null
            || (!target.Attributes.ContainsKey("firstname") && !target.Attributes.ContainsKey("lastname")))
        {
            return;
        }

        var stored = isCreate ? null : new RecordStore(context, table).Read(id, [table.FindColumn("firstname")!, table.FindColumn("lastname")!]);
        string? Part(string name) => target.Attributes.ContainsKey(name) ? target.GetAttributeValue<string>(name) : stored?.GetAttributeValue<string>(name);
        var full = string.Join(" ", new[] { Part("firstname"), Part("lastname") }.Where(p => !string.IsNullOrWhiteSpace(p)));
        values["fullname"] = full.Length > 0 ? full : DBNull.Value;
    }
}
