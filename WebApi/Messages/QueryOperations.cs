using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Json;
using DataverseSharing.WebApi.Metadata;
using DataverseSharing.WebApi.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Messages;

/// <summary>
/// RetrieveMultiple as <c>GET &lt;set&gt;?fetchXml=</c>: a QueryExpression is translated, a FetchExpression sent as
/// written; one call is one page, with MoreRecords and the paging cookie to ask for the next, as in process.
/// </summary>
internal static class QueryOperations
{
    public static string FetchXmlOf(QueryBase query) => query switch
    {
        FetchExpression fetch => fetch.Query,
        QueryExpression expression => FetchXmlBuilder.Build(expression),
        QueryByAttribute byAttribute => FetchXmlBuilder.Build(byAttribute),
        null => throw WebApiFaults.Create(ErrorCodes.InvalidArgument, "RetrieveMultiple requires a Query."),
        _ => throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"RetrieveMultiple does not take a {query.GetType().Name}."),
    };

    public static async Task<WebApiOperation> RetrieveMultipleAsync(OperationContext context, QueryBase query, CancellationToken cancellation)
    {
        var shape = FetchShape.Parse(FetchXmlOf(query));
        var reader = await ReaderAsync(context, shape, cancellation).ConfigureAwait(false);
        return new WebApiOperation(HttpMethod.Get, Url(reader.Table, shape.ToString()), result =>
        {
            var response = new RetrieveMultipleResponse { ResponseName = "RetrieveMultiple" };
            response.Results["EntityCollection"] = ReadPage(reader, result.Body);
            return response;
        });
    }

    public static string Url(TableMetadata table, string fetchXml) => $"{table.EntitySetName}?fetchXml={Uri.EscapeDataString(fetchXml)}";

    /// <summary>The reader for the query's rows, with the metadata of every linked table it names.</summary>
    public static async Task<EntityJsonReader> ReaderAsync(OperationContext context, FetchShape shape, CancellationToken cancellation)
    {
        var table = await context.TableAsync(shape.Table, cancellation).ConfigureAwait(false);
        var links = new Dictionary<string, TableMetadata>(StringComparer.Ordinal);
        foreach (var (alias, linked) in shape.LinkAliases)
        {
            links[alias] = await context.TableAsync(linked, cancellation).ConfigureAwait(false);
        }

        return new EntityJsonReader(table, links, shape.Aggregates);
    }

    public static EntityCollection ReadPage(EntityJsonReader reader, Stream body)
    {
        var page = new PageReader();
        var collection = new EntityCollection { EntityName = reader.Table.LogicalName };
        foreach (var row in page.Rows(body))
        {
            collection.Entities.Add(reader.Read(row));
        }

        collection.MoreRecords = page.MoreRecords;
        collection.PagingCookie = page.FetchPagingCookie;
        collection.TotalRecordCount = page.TotalRecordCount ?? -1;
        collection.TotalRecordCountLimitExceeded = page.TotalRecordCountLimitExceeded;
        return collection;
    }
}
