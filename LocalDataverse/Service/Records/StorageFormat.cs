using System.Globalization;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>The text forms values take in storage (see Storage.StorageLayout); one place, so writes, reads and queries agree.</summary>
internal static class StorageFormat
{
    // Fixed width, so comparing the text compares the times.
    private const string DateTimePattern = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Guid(Guid id) => id.ToString("D");

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>UTC text of a time; a local time is converted, an unspecified one is taken as UTC, as the SDK does.</summary>
    public static string DateTime(DateTime value, bool dateOnly)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : System.DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return (dateOnly ? utc.Date : utc).ToString(DateTimePattern, CultureInfo.InvariantCulture);
    }

    public static DateTime ParseDateTime(string text) =>
        System.DateTime.ParseExact(text, DateTimePattern, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static string MultiSelect(IEnumerable<int> values) =>
        "," + string.Join(",", values.Distinct().Order().Select(v => v.ToString(CultureInfo.InvariantCulture))) + ",";

    public static IEnumerable<int> ParseMultiSelect(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture));

    /// <summary>How a multi-select query matches one value inside the stored text.</summary>
    public static string MultiSelectPattern(int value) => "%," + value.ToString(CultureInfo.InvariantCulture) + ",%";
}
