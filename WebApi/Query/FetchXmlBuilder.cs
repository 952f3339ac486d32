using System.Globalization;
using System.Text;
using System.Xml;
using DataverseSharing.WebApi.Http;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Query;

/// <summary>
/// A QueryExpression (or QueryByAttribute) as the FetchXML the Web API runs with <c>?fetchXml=</c>: the same
/// columns, conditions, links, orders, distinct, top and paging (page, count, paging cookie), so a query returns the
/// same rows through the connector as in process.
/// </summary>
internal static class FetchXmlBuilder
{
    public static string Build(QueryExpression query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Write(writer =>
        {
            WriteFetchAttributes(writer, query.Distinct, query.NoLock, query.TopCount, query.PageInfo);
            writer.WriteStartElement("entity");
            writer.WriteAttributeString("name", query.EntityName);
            WriteColumns(writer, query.ColumnSet);
            WriteOrders(writer, query.Orders);
            WriteFilter(writer, query.Criteria, query.EntityName);
            foreach (var link in query.LinkEntities)
            {
                WriteLink(writer, link);
            }

            writer.WriteEndElement();
        });
    }

    public static string Build(QueryByAttribute query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Attributes.Count != query.Values.Count)
        {
            throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"The QueryByAttribute on '{query.EntityName}' has {query.Attributes.Count} attributes but {query.Values.Count} values.");
        }

        var expression = new QueryExpression(query.EntityName) { ColumnSet = query.ColumnSet, PageInfo = query.PageInfo, TopCount = query.TopCount };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            expression.Criteria.AddCondition(query.Attributes[i], ConditionOperator.Equal, query.Values[i]);
        }

        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }

        return Build(expression);
    }

    private static string Write(Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            writer.WriteStartElement("fetch");
            writer.WriteAttributeString("mapping", "logical");
            body(writer);
            writer.WriteEndElement();
        }

        return text.ToString();
    }

    private static void WriteFetchAttributes(XmlWriter writer, bool distinct, bool noLock, int? top, PagingInfo? paging)
    {
        if (distinct)
        {
            writer.WriteAttributeString("distinct", "true");
        }

        if (noLock)
        {
            writer.WriteAttributeString("no-lock", "true");
        }

        if (top is { } count)
        {
            writer.WriteAttributeString("top", Number(count));
        }

        if (paging is null)
        {
            return;
        }

        if (paging.Count > 0)
        {
            writer.WriteAttributeString("count", Number(paging.Count));
        }

        if (paging.PageNumber > 0)
        {
            writer.WriteAttributeString("page", Number(paging.PageNumber));
        }

        if (!string.IsNullOrEmpty(paging.PagingCookie))
        {
            writer.WriteAttributeString("paging-cookie", paging.PagingCookie);
        }

        if (paging.ReturnTotalRecordCount)
        {
            writer.WriteAttributeString("returntotalrecordcount", "true");
        }
    }

    private static void WriteColumns(XmlWriter writer, ColumnSet? columns)
    {
        if (columns is null)
        {
            return;
        }

        if (columns.AllColumns)
        {
            writer.WriteStartElement("all-attributes");
            writer.WriteEndElement();
            return;
        }

        foreach (var column in columns.Columns)
        {
            writer.WriteStartElement("attribute");
            writer.WriteAttributeString("name", column);
            writer.WriteEndElement();
        }
    }

    private static void WriteOrders(XmlWriter writer, IEnumerable<OrderExpression> orders)
    {
        foreach (var order in orders)
        {
            writer.WriteStartElement("order");
            if (!string.IsNullOrEmpty(order.Alias))
            {
                writer.WriteAttributeString("alias", order.Alias);
            }
            else
            {
                writer.WriteAttributeString("attribute", order.AttributeName);
            }

            if (!string.IsNullOrEmpty(order.EntityName))
            {
                writer.WriteAttributeString("entityname", order.EntityName);
            }

            if (order.OrderType == OrderType.Descending)
            {
                writer.WriteAttributeString("descending", "true");
            }

            writer.WriteEndElement();
        }
    }

    private static void WriteLink(XmlWriter writer, LinkEntity link)
    {
        writer.WriteStartElement("link-entity");
        writer.WriteAttributeString("name", link.LinkToEntityName);
        writer.WriteAttributeString("from", link.LinkToAttributeName);
        writer.WriteAttributeString("to", link.LinkFromAttributeName);
        writer.WriteAttributeString("link-type", JoinName(link.JoinOperator));
        if (!string.IsNullOrEmpty(link.EntityAlias))
        {
            writer.WriteAttributeString("alias", link.EntityAlias);
        }

        WriteColumns(writer, link.Columns);
        WriteOrders(writer, link.Orders);
        WriteFilter(writer, link.LinkCriteria, link.LinkToEntityName);
        foreach (var inner in link.LinkEntities)
        {
            WriteLink(writer, inner);
        }

        writer.WriteEndElement();
    }

    private static void WriteFilter(XmlWriter writer, FilterExpression? filter, string table)
    {
        if (filter is null || (filter.Conditions.Count == 0 && filter.Filters.Count == 0))
        {
            return;
        }

        writer.WriteStartElement("filter");
        writer.WriteAttributeString("type", filter.FilterOperator == LogicalOperator.Or ? "or" : "and");
        foreach (var condition in filter.Conditions)
        {
            WriteCondition(writer, condition, table);
        }

        foreach (var child in filter.Filters)
        {
            WriteFilter(writer, child, table);
        }

        writer.WriteEndElement();
    }

    private static void WriteCondition(XmlWriter writer, ConditionExpression condition, string table)
    {
        writer.WriteStartElement("condition");
        if (!string.IsNullOrEmpty(condition.EntityName))
        {
            writer.WriteAttributeString("entityname", condition.EntityName);
        }

        writer.WriteAttributeString("attribute", condition.AttributeName);
        var (name, values) = Operator(condition);
        writer.WriteAttributeString("operator", name);
        if (condition.CompareColumns)
        {
            writer.WriteAttributeString("valueof", Text(values.Single(), condition, table));
        }
        else if (values.Count == 1 && condition.Operator is not (ConditionOperator.In or ConditionOperator.NotIn or ConditionOperator.Between or ConditionOperator.NotBetween or ConditionOperator.ContainValues or ConditionOperator.DoesNotContainValues))
        {
            writer.WriteAttributeString("value", Text(values[0], condition, table));
        }
        else
        {
            foreach (var value in values)
            {
                writer.WriteElementString("value", Text(value, condition, table));
            }
        }

        writer.WriteEndElement();
    }

    // Contains and its negation are full-text in QueryExpression; FetchXML has them as like with wildcards.
    private static (string Name, IReadOnlyList<object> Values) Operator(ConditionExpression condition)
    {
        var values = condition.Values.ToList();
        return condition.Operator switch
        {
            ConditionOperator.Contains => ("like", values.Select(v => (object)$"%{v}%").ToList()),
            ConditionOperator.DoesNotContain => ("not-like", values.Select(v => (object)$"%{v}%").ToList()),
            _ => (FetchOperators.Name(condition.Operator), values),
        };
    }

    private static string Text(object? value, ConditionExpression condition, string table) => value switch
    {
        null => throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"The condition on '{table}.{condition.AttributeName}' has a null value; use Null or NotNull."),
        string text => text,
        Guid guid => guid.ToString("D"),
        bool flag => flag ? "1" : "0",
        DateTime date => Json.ODataLiterals.Date(date),
        EntityReference reference => reference.Id.ToString("D"),
        OptionSetValue option => Number(option.Value),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        Enum choice => Convert.ToInt32(choice, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string JoinName(JoinOperator join) => join switch
    {
        JoinOperator.Inner => "inner",
        JoinOperator.LeftOuter => "outer",
        JoinOperator.Natural => "natural",
        JoinOperator.MatchFirstRowUsingCrossApply => "matchfirstrowusingcrossapply",
        JoinOperator.In => "in",
        JoinOperator.Exists => "exists",
        JoinOperator.Any => "any",
        JoinOperator.NotAny => "not any",
        JoinOperator.All => "all",
        JoinOperator.NotAll => "not all",
        _ => throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"The join operator {join} has no FetchXML link-type."),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
