using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Writing;

/// <summary>
/// Whether writing a row would change what is stored: each column the row sets is compared with the stored value
/// as the service returns it (an empty text and no value are the same; a choice by its value; lists of choices as
/// sets; lookups by table and id; dates as instants). A write that would change nothing is skipped, so it moves
/// neither versionnumber nor modifiedon, and plug-ins on Update do not run for it.
/// </summary>
public static class StoredRowComparer
{
    public static bool WouldChange(Entity wanted, Entity stored)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(stored);
        return wanted.Attributes.Any(column =>
            !Equals(Comparable(column.Value), Comparable(stored.Attributes.TryGetValue(column.Key, out var value) ? value : null)));
    }

    private static object? Comparable(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        OptionSetValue option => option.Value,
        OptionSetValueCollection options => options.Count == 0 ? null : string.Join(",", options.Select(o => o.Value).Distinct().Order()),
        Money money => money.Value,
        EntityReference reference => (reference.LogicalName, reference.Id),

        // The service returns stored dates as UTC; a date read from a file may carry no kind and means UTC too.
        DateTime date => (date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date).Ticks,
        _ => value,
    };
}
