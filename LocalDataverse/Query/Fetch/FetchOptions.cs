using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>The fetch element's attributes that shape the query.</summary>
internal sealed record FetchOptions(
    bool Aggregate,
    bool Distinct,
    bool NoLock,
    int? Top,
    int? Count,
    int? Page,
    string? PagingCookie,
    bool ReturnTotalRecordCount,
    int? AggregateLimit)
{
    /// <summary>Sets distinct, no-lock, top and paging on the query (PageNumber 0 when no paging was asked for).</summary>
    public void ApplyTo(QueryExpression query)
    {
        query.Distinct = Distinct;
        query.NoLock = NoLock;
        query.TopCount = Top;
        query.PageInfo.Count = Count ?? 0;
        query.PageInfo.PageNumber = Page ?? (Count is not null || PagingCookie is not null ? 1 : 0);
        query.PageInfo.PagingCookie = PagingCookie;
        query.PageInfo.ReturnTotalRecordCount = ReturnTotalRecordCount;
    }
}
