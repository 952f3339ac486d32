using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Query.Fetch;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// RetrieveMultiple for QueryExpression, QueryByAttribute and FetchXML. Every kind becomes a QueryExpression and runs
/// through one SQL translator; aggregate FetchXML runs through the aggregate translator instead. With security on,
/// FetchXML arrives already parsed and narrowed, as the QueryExpression standing in for it (see FetchQueries).
/// </summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.Query();

    public string MessageName => "RetrieveMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        FetchQuery? fetch = null;
        var query = RequestParameters.Get<QueryBase>(request, "Query") switch
        {
            QueryExpression expression => (fetch = FetchQueries.NarrowedFetch(expression))?.Query ?? expression,
            QueryByAttribute byAttribute => ToExpression(byAttribute),
            FetchExpression text => (fetch = FetchQueries.Parse(text, context.Catalog)).Query,
            null => throw DataverseFaults.InvalidArgument("RetrieveMultiple requires a Query."),
            var other => throw DataverseFaults.Unsupported($"RetrieveMultiple with a {other.GetType().Name}"),
        };
        var result = fetch is { IsAggregate: true } ? Aggregate(fetch, context) : Rows(query, context);
        if (fetch is { IsAggregate: false })
        {
            FetchColumnAliases.Apply(fetch, result.Entities);
        }
        var response = new RetrieveMultipleResponse();
        response["EntityCollection"] = result;
        return response;
    }

    private static EntityCollection Rows(QueryExpression query, RequestContext context)
    {
        var translated = QueryTranslator.Translate(query, context);
        var result = new EntityCollection { EntityName = translated.Table.LogicalName };
        ReadPage(context, translated.Statement, translated.PageSize, translated.Read, result);

        result.TotalRecordCount = query.PageInfo.ReturnTotalRecordCount ? TotalCount(translated, context, result) : -1;
        result.PagingCookie = KeysetPaging.Cookie(translated.Table, translated.PageNumber, result.Entities);
        return result;
    }

    private static EntityCollection Aggregate(FetchQuery fetch, RequestContext context)
    {
        var translated = AggregateTranslator.Translate(fetch, context);
        if (translated.LimitCheckText is { } limitCheck)
        {
            using var check = context.Command(limitCheck);
            translated.Statement.Bind(check);
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > translated.Limit)
            {
                throw AggregateTranslator.RecordLimitExceeded();
            }
        }

        var result = new EntityCollection { EntityName = fetch.EntityName, TotalRecordCount = -1 };
        ReadPage(context, translated.Statement, translated.PageSize, reader =>
        {
            // The statement counted the rows it aggregated (see AggregateTranslator.RowCountOrdinal).
            if (translated.RowCountOrdinal >= 0 && reader.GetInt64(translated.RowCountOrdinal) > translated.Limit)
            {
                throw AggregateTranslator.RecordLimitExceeded();
            }

            return translated.Read(reader);
        }, result);
        return result;
    }

    // The statement asks for one row more than a page: that extra row only says that more records exist.
    private static void ReadPage(RequestContext context, SqlStatement statement, int pageSize, Func<Microsoft.Data.Sqlite.SqliteDataReader, Entity> read, EntityCollection into)
    {
        using var command = context.Command(statement.Text.ToString());
        statement.Bind(command);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (into.Entities.Count == pageSize)
            {
                into.MoreRecords = true;
                return;
            }

            into.Entities.Add(read(reader));
        }
    }

    // Dataverse counts up to 5,000 rows and says when there are more.
    private static int TotalCount(QueryTranslator translated, RequestContext context, EntityCollection result)
    {
        using var command = context.Command(translated.CountText);
        translated.Statement.Bind(command);
        var count = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        result.TotalRecordCountLimitExceeded = count > QueryTranslator.MaxPageSize;
        return (int)Math.Min(count, QueryTranslator.MaxPageSize);
    }

    private static QueryExpression ToExpression(QueryByAttribute query)
    {
        try
        {
            return QueryByAttributeConverter.ToQueryExpression(query);
        }
        catch (ArgumentException e)
        {
            throw DataverseFaults.InvalidArgument(e.Message);
        }
    }
}
