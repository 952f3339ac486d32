namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>What type a condition operator's values have, which is not always the column's type.</summary>
internal enum FetchValueKind
{
    /// <summary>Values of the column's own type (eq on a number column takes a number).</summary>
    Column,

    /// <summary>Whole numbers whatever the column (last-x-days takes a count of days on a date column).</summary>
    Integer,

    /// <summary>Text patterns whatever the column (like, begins-with, ...).</summary>
    Text,
}
