using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// The columns the platform derives from a row's own values when it is written (today: fullname from firstname
/// and lastname). The one list every write path applies, Create and Update (RecordWriter) and CreateMultiple's bulk
/// path (BulkCreateValues), so a rule added here holds for single and bulk messages alike.
/// </summary>
internal static class DerivedColumns
{
    /// <summary>Sets the derived columns in <paramref name="values"/>, after the target's own values are in it.</summary>
    public static void Apply(RequestContext context, TableDefinition table, Entity target, Guid id, Dictionary<string, object> values, bool isCreate)
    {
        FullNameRule.Apply(context, table, target, id, values, isCreate);
    }
}
