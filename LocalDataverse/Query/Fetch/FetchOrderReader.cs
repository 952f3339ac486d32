using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// Reads order elements. A plain query sorts on attributes (or column aliases); an aggregate query sorts on the
/// aliases of its aggregate and groupby attributes only, which are checked once the whole document is read.
/// </summary>
internal static class FetchOrderReader
{
    private static readonly HashSet<string> OrderAttributes = ["attribute", "alias", "descending", "entityname"];

    public static OrderExpression Read(FetchElement order, FetchParseContext context)
    {
        order.RequireKnownAttributes(OrderAttributes);
        order.RequireEmpty();
        string? attribute = order.Optional("attribute");
        string? alias = order.Optional("alias");
        var direction = order.Boolean("descending", false) ? OrderType.Descending : OrderType.Ascending;

        if (context.IsAggregate)
        {
            if (string.IsNullOrWhiteSpace(alias))
            {
                throw order.Error("an order in an aggregate query must name the alias of an aggregate or groupby attribute", null, FetchXmlErrorCodes.InvalidAggregate);
            }

            if (attribute is not null)
            {
                throw order.AttributeError("attribute", "an order in an aggregate query sorts on an alias, not an attribute", FetchXmlErrorCodes.InvalidAggregate);
            }
        }
        else if (string.IsNullOrWhiteSpace(attribute) && string.IsNullOrWhiteSpace(alias))
        {
            throw order.Error("an order requires the 'attribute' attribute");
        }

        var expression = new OrderExpression
        {
            AttributeName = attribute ?? string.Empty,
            OrderType = direction,
            Alias = alias,
            EntityName = order.Optional("entityname"),
        };
        if (context.IsAggregate)
        {
            context.AliasOrders.Add((expression, order));
        }

        if (expression.EntityName is not null)
        {
            context.OrdersOnLinks.Add((expression, order));
        }

        return expression;
    }
}
