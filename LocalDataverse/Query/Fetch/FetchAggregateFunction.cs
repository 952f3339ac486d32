namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>The aggregate functions of an attribute element's aggregate attribute.</summary>
internal enum FetchAggregateFunction
{
    /// <summary>count: the number of rows (nulls included).</summary>
    Count,

    /// <summary>countcolumn: the number of rows with a value in the column.</summary>
    CountColumn,

    /// <summary>sum: the total of the column's values.</summary>
    Sum,

    /// <summary>avg: the average of the column's values.</summary>
    Avg,

    /// <summary>min: the smallest value.</summary>
    Min,

    /// <summary>max: the largest value.</summary>
    Max,
}
