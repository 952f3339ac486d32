namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// Tells <see cref="FetchValueConverter"/> the CLR type of a column's values (Guid for ids and lookups, int for
/// whole numbers and choices, decimal for decimals and money, DateTime, bool, string, ...), so that the string
/// values of FetchXML conditions become the typed values the SQL translator compares with.
/// </summary>
internal interface IFetchValueTypes
{
    /// <summary>The type of the column's values; null when the table has no such column.</summary>
    Type? GetValueType(string entityName, string attributeName);
}
