namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// One attribute element of the FetchXML, with what the QueryExpression cannot carry: its alias and, in an
/// aggregate query, its aggregate function or grouping.
/// </summary>
/// <param name="EntityAlias">The alias of the link-entity it belongs to (generated when the link has none); null for the root entity.</param>
/// <param name="AttributeName">The logical name of the column.</param>
/// <param name="Alias">The alias the value comes back under; null when none was given (then the column's own name is used).</param>
/// <param name="Aggregate">The aggregate function, in an aggregate query; null for plain and groupby columns.</param>
/// <param name="Distinct">Whether the aggregate only counts or combines distinct values.</param>
/// <param name="GroupBy">Whether the aggregate query groups on this column.</param>
/// <param name="DateGrouping">The part of the date grouped on, for a groupby date column.</param>
/// <param name="UserTimeZone">Whether date grouping uses the user's time zone (the default) rather than UTC.</param>
/// <param name="LineNumber">The line of the attribute element, for error messages of later stages.</param>
internal sealed record FetchColumn(
    string? EntityAlias,
    string AttributeName,
    string? Alias,
    FetchAggregateFunction? Aggregate,
    bool Distinct,
    bool GroupBy,
    FetchDateGrouping? DateGrouping,
    bool UserTimeZone,
    int LineNumber)
{
    /// <summary>The name the value comes back under: the alias, or else the column's logical name.</summary>
    public string ResultName => Alias ?? AttributeName;
}
