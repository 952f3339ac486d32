using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Json;
using DataverseSharing.WebApi.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Query;

/// <summary>
/// Every row of a query, page after page, each row handed over as it is read off the network: memory holds one row
/// and the reader's buffer whatever the number of pages. FetchXML queries page with the paging cookie, OData queries
/// with <c>Prefer: odata.maxpagesize</c> and <c>@odata.nextLink</c>.
/// </summary>
internal sealed class PagedRows
{
    /// <summary>The Web API's largest page.</summary>
    public const int MaxPageSize = 5000;

    private readonly ODataTransport transport;
    private readonly OperationContext context;

    public PagedRows(ODataTransport transport, OperationContext context)
    {
        this.transport = transport;
        this.context = context;
    }

    public IEnumerable<Entity> Fetch(QueryBase query)
    {
        var shape = FetchShape.Parse(QueryOperations.FetchXmlOf(query));
        if (shape.Fetch.Attribute("top") is not null || shape.Fetch.Attribute("aggregate")?.Value == "true")
        {
            // top and aggregates are one answer, never paged.
            foreach (var row in Page(shape))
            {
                yield return row;
            }

            yield break;
        }

        var reader = Sync(QueryOperations.ReaderAsync(context, shape, CancellationToken.None));
        var count = shape.Count ?? MaxPageSize;
        var page = shape.Page;
        string? cookie = shape.Fetch.Attribute("paging-cookie")?.Value;
        while (true)
        {
            var pageReader = new PageReader();
            var operation = new WebApiOperation(HttpMethod.Get, QueryOperations.Url(reader.Table, shape.WithPage(page, count, cookie)), _ => new OrganizationResponse());
            using (var result = Sync(transport.SendAsync(operation, CancellationToken.None)))
            {
                foreach (var row in pageReader.Rows(result.Body))
                {
                    yield return reader.Read(row);
                }
            }

            if (!pageReader.MoreRecords)
            {
                yield break;
            }

            page++;
            cookie = pageReader.FetchPagingCookie;
        }
    }

    /// <summary>Rows of an entity set by OData query options (<c>$select</c>, <c>$filter</c>, <c>$orderby</c>), following next links.</summary>
    public IEnumerable<Entity> OData(string table, string? queryOptions, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var metadata = Sync(context.TableAsync(table, CancellationToken.None));
        var reader = new EntityJsonReader(metadata);
        string? url = metadata.EntitySetName + (string.IsNullOrEmpty(queryOptions) ? string.Empty : "?" + queryOptions.TrimStart('?'));
        var prefer = $"odata.maxpagesize={Math.Min(pageSize, MaxPageSize)}";
        while (url is not null)
        {
            var pageReader = new PageReader();
            var operation = new WebApiOperation(HttpMethod.Get, url, _ => new OrganizationResponse()) { Preferences = [prefer] };
            using (var result = Sync(transport.SendAsync(operation, CancellationToken.None)))
            {
                foreach (var row in pageReader.Rows(result.Body))
                {
                    yield return reader.Read(row);
                }
            }

            url = pageReader.NextLink;
        }
    }

    private List<Entity> Page(FetchShape shape)
    {
        var reader = Sync(QueryOperations.ReaderAsync(context, shape, CancellationToken.None));
        var operation = new WebApiOperation(HttpMethod.Get, QueryOperations.Url(reader.Table, shape.ToString()), _ => new OrganizationResponse());
        using var result = Sync(transport.SendAsync(operation, CancellationToken.None));
        return QueryOperations.ReadPage(reader, result.Body).Entities.ToList();
    }

    internal static T Sync<T>(Task<T> task) => task.GetAwaiter().GetResult();

    internal static bool IsDeleted(JObject row) =>
        (row.Value<string>("@odata.context")?.EndsWith("$deletedEntity", StringComparison.Ordinal) ?? false)
        || row.Value<string>("reason") == "deleted";
}
