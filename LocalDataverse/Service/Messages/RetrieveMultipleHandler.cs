using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>RetrieveMultiple for QueryExpression and QueryByAttribute; FetchXML fails loudly until it is supported.</summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public string MessageName => "RetrieveMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var query = RequestParameters.Get<QueryBase>(request, "Query") switch
        {
            QueryExpression expression => expression,
            QueryByAttribute byAttribute => ToExpression(byAttribute),
            null => throw DataverseFaults.InvalidArgument("RetrieveMultiple requires a Query."),
            var other => throw DataverseFaults.Unsupported($"RetrieveMultiple with a {other.GetType().Name}"),
        };
        var translated = QueryTranslator.Translate(query, context);
        var result = new EntityCollection { EntityName = translated.Table.LogicalName };
        using (var command = context.Command(translated.Statement.Text.ToString()))
        {
            translated.Statement.Bind(command);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (result.Entities.Count == translated.PageSize)
                {
                    result.MoreRecords = true;
                    break;
                }

                result.Entities.Add(translated.Read(reader));
            }
        }

        result.TotalRecordCount = query.PageInfo.ReturnTotalRecordCount ? TotalCount(translated, context, result) : -1;
        if (result.MoreRecords)
        {
            result.PagingCookie = $"<cookie page=\"{translated.PageNumber}\" />";
        }

        var response = new RetrieveMultipleResponse();
        response["EntityCollection"] = result;
        return response;
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

    // QueryByAttribute is an equality filter on each attribute; Dataverse treats it the same way.
    private static QueryExpression ToExpression(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw DataverseFaults.InvalidArgument("QueryByAttribute needs one value for each attribute.");
        }

        var expression = new QueryExpression(query.EntityName) { ColumnSet = query.ColumnSet, PageInfo = query.PageInfo, TopCount = query.TopCount };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            expression.Criteria.AddCondition(query.Attributes[i], ConditionOperator.Equal, query.Values[i]!);
        }

        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }

        return expression;
    }
}
