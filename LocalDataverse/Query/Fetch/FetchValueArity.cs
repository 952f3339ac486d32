namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>How many values a condition operator compares with.</summary>
internal enum FetchValueArity
{
    /// <summary>No value (null, today, eq-userid, ...).</summary>
    None,

    /// <summary>Exactly one value, in the value attribute or a single value element (eq, on, last-x-days, ...).</summary>
    One,

    /// <summary>Exactly two value elements (between, in-fiscal-period-and-year, ...).</summary>
    Two,

    /// <summary>One or more value elements (in, not-in, contain-values, ...).</summary>
    OneOrMore,
}
