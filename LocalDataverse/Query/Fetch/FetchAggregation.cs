namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// The aggregate part of a fetch with aggregate="true": the grouped and aggregated columns, from the root entity
/// and its link-entities, in document order. Sort keys of an aggregate query name these columns' aliases (see
/// <see cref="Microsoft.Xrm.Sdk.Query.OrderExpression.Alias"/> in the query's and links' Orders).
/// </summary>
internal sealed class FetchAggregation
{
    public FetchAggregation(IReadOnlyList<FetchColumn> columns, int? limit)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns;
        Limit = limit;
    }

    /// <summary>Every aggregated and grouped column, in document order.</summary>
    public IReadOnlyList<FetchColumn> Columns { get; }

    /// <summary>The columns grouped on.</summary>
    public IEnumerable<FetchColumn> GroupBy => Columns.Where(column => column.GroupBy);

    /// <summary>The aggregated columns.</summary>
    public IEnumerable<FetchColumn> Aggregates => Columns.Where(column => column.Aggregate is not null);

    /// <summary>The aggregatelimit of the fetch element: a lower cap on the rows aggregated, when given.</summary>
    public int? Limit { get; }
}
