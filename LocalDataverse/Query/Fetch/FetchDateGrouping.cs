namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>The part of a date a groupby attribute groups on (its dategrouping attribute).</summary>
internal enum FetchDateGrouping
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    FiscalPeriod,
    FiscalYear,
}
