using System.Text;
using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The object type codes security faults print ("on OTC=3", "ObjectTypeCode: 3"). Standard tables have fixed
/// codes. A custom table gets its code when it is imported, different in every organization, so here it gets a
/// stable one in the custom range, derived from its name: good for reading a message, never for relying on.
/// </summary>
internal static class ObjectTypeCodes
{
    private const int FirstCustom = 10000;
    private const int CustomRange = 90000;

    private static readonly Dictionary<string, int> Standard = new(StringComparer.Ordinal)
    {
        ["account"] = 1,
        ["contact"] = 2,
        ["opportunity"] = 3,
        ["systemuser"] = 8,
        ["team"] = 9,
        ["businessunit"] = 10,
        ["role"] = 1036,
        ["activitypointer"] = 4200,
        ["opportunityclose"] = 4208,
        ["asyncoperation"] = 4700,
        ["importjob"] = 4428,
    };

    public static int For(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return For(table.LogicalName);
    }

    public static int For(string logicalName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(logicalName);
        if (Standard.TryGetValue(logicalName, out var code))
        {
            return code;
        }

        // FNV-1a: deterministic across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(logicalName))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return FirstCustom + (int)(hash % CustomRange);
    }
}
