using System.Globalization;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// One column of a paging cookie: the sort column (or primary key) with its value on the last and the first row of
/// the page. Null values are written lastnull="1" / firstnull="1", as Dataverse writes them.
/// </summary>
/// <param name="AttributeName">The logical name of the column.</param>
/// <param name="Last">The value on the page's last row, as cookie text; null when the column was empty.</param>
/// <param name="First">The value on the page's first row, as cookie text; null when the column was empty.</param>
internal sealed record PagingCookieKey(string AttributeName, string? Last, string? First)
{
    /// <summary>
    /// The cookie text of a value: ids braced and upper case ({E062B974-...}) as in Dataverse's cookies, dates in
    /// round-trip form, numbers in invariant culture.
    /// </summary>
    public static string? FormatValue(object? value) => value switch
    {
        null => null,
        Guid guid => guid.ToString("B").ToUpperInvariant(),
        DateTime date => date.ToString("o", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
