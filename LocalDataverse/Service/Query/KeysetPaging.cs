using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// Paging cookies in Dataverse's format (&lt;cookie page="2"&gt;&lt;accountid last="{GUID}" first="{GUID}" /&gt;&lt;/cookie&gt;)
/// and their use for the next page. A cookie continues after its last id only when the rows are sorted by the
/// primary key alone (no order given, or the primary key ascending): then "id greater than the last" is exactly the
/// next page, and it stays right when rows are added or removed meanwhile. With any other order the page number
/// decides (OFFSET), as the cookie then cannot place the next row on its own; so it does with joined links, which can
/// repeat a primary id over several rows that "greater than the last" would skip.
/// </summary>
internal static class KeysetPaging
{
    /// <summary>The primary id the page continues after, or null when the page is found by its number.</summary>
    public static Guid? After(QueryExpression query, TableDefinition table, int pageNumber, bool joined)
    {
        if (query.TopCount is not null || joined || pageNumber <= 1
            || !PagingCookie.TryParse(query.PageInfo.PagingCookie, out var cookie) || cookie.Page != pageNumber - 1)
        {
            return null;
        }

        var byPrimaryOnly = query.Orders.All(o => o.AttributeName == table.PrimaryIdAttribute && o.OrderType == OrderType.Ascending
            && string.IsNullOrEmpty(o.EntityName) && string.IsNullOrEmpty(o.Alias));
        var key = cookie.Keys.FirstOrDefault(k => k.AttributeName == table.PrimaryIdAttribute);
        return byPrimaryOnly && cookie.Keys.Count == 1 && Guid.TryParse(key?.Last, out var last) ? last : null;
    }

    /// <summary>The cookie of a page: its number and the primary ids of its first and last rows.</summary>
    public static string? Cookie(TableDefinition table, int pageNumber, IReadOnlyList<Entity> page)
    {
        if (page.Count == 0)
        {
            return null;
        }

        var key = new PagingCookieKey(table.PrimaryIdAttribute, PagingCookieKey.FormatValue(page[^1].Id), PagingCookieKey.FormatValue(page[0].Id));
        return new PagingCookie(pageNumber, [key]).Write();
    }
}
