using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// Reads the entity element and its link-entities: columns, sort, filters and nested links. FetchXML's from/to are
/// seen from the linked table (from is its column, to the parent's), the reverse of LinkEntity's
/// LinkFromAttributeName/LinkToAttributeName, so they are swapped here once for every consumer.
/// </summary>
internal static class FetchEntityReader
{
    private static readonly HashSet<string> EntityAttributes = ["name", "enableprefiltering", "prefilterparametername"];

    private static readonly HashSet<string> LinkAttributes =
    [
        "name", "from", "to", "alias", "link-type", "visible", "intersect", "enableprefiltering", "prefilterparametername",
    ];

    private static readonly HashSet<string> Children = ["all-attributes", "attribute", "order", "link-entity", "filter"];

    public static QueryExpression ReadEntity(FetchElement entity, FetchParseContext context)
    {
        entity.RequireKnownAttributes(EntityAttributes);
        var query = new QueryExpression(entity.Required("name"));
        var parts = new EntityParts(query.ColumnSet, query.Orders, query.LinkEntities);
        ReadChildren(entity, entityAlias: null, query.EntityName, parts, context);
        query.Criteria = parts.Criteria();
        return query;
    }

    private static LinkEntity ReadLink(FetchElement element, string parentEntityName, FetchParseContext context)
    {
        element.RequireKnownAttributes(LinkAttributes);
        string name = element.Required("name");
        string from = element.Required("from");
        string to = element.Required("to");
        int number = context.NextLinkNumber();
        _ = element.Boolean("visible", false);
        _ = element.Boolean("intersect", false);

        // Dataverse names an alias-less link {name}{n}; its columns come back under that prefix.
        string alias = element.Optional("alias") ?? string.Create(CultureInfo.InvariantCulture, $"{name}{number}");
        if (string.IsNullOrWhiteSpace(alias))
        {
            throw element.AttributeError("alias", "a link-entity alias cannot be empty");
        }

        var link = new LinkEntity(parentEntityName, name, to, from, ReadJoinOperator(element)) { EntityAlias = alias };
        if (!context.LinksByAlias.TryAdd(alias, link))
        {
            throw element.AttributeError("alias", $"the alias '{alias}' is used by another link-entity");
        }

        var parts = new EntityParts(link.Columns, link.Orders, link.LinkEntities);
        ReadChildren(element, alias, name, parts, context);
        link.LinkCriteria = parts.Criteria();
        return link;
    }

    private static JoinOperator ReadJoinOperator(FetchElement link)
    {
        string? type = link.Optional("link-type");
        return type switch
        {
            null or "inner" => JoinOperator.Inner,
            "outer" => JoinOperator.LeftOuter,
            "any" => JoinOperator.Any,
            "not any" => JoinOperator.NotAny,
            "all" => JoinOperator.All,
            "not all" => JoinOperator.NotAll,
            "exists" => JoinOperator.Exists,
            "in" => JoinOperator.In,
            "matchfirstrowusingcrossapply" => JoinOperator.MatchFirstRowUsingCrossApply,
            _ => throw link.AttributeError(
                "link-type",
                $"'{type}' is not a link-type (inner, outer, any, not any, all, not all, exists, in, matchfirstrowusingcrossapply)",
                FetchXmlErrorCodes.InvalidLinkType),
        };
    }

    private static void ReadChildren(FetchElement element, string? entityAlias, string entityName, EntityParts parts, FetchParseContext context)
    {
        foreach (FetchElement child in element.Children(Children))
        {
            switch (child.Name)
            {
                case "all-attributes":
                    FetchColumnReader.ReadAllAttributes(child, parts.Columns, context);
                    break;
                case "attribute":
                    FetchColumnReader.Read(child, entityAlias, parts.Columns, context);
                    break;
                case "order":
                    parts.Orders.Add(FetchOrderReader.Read(child, context));
                    break;
                case "filter":
                    parts.Filters.Add(FetchFilterReader.Read(child, context));
                    break;
                default:
                    parts.Links.Add(ReadLink(child, entityName, context));
                    break;
            }
        }
    }

    /// <summary>Where the children of an entity or link-entity go.</summary>
    private sealed class EntityParts(ColumnSet columns, DataCollection<OrderExpression> orders, DataCollection<LinkEntity> links)
    {
        public ColumnSet Columns { get; } = columns;

        public DataCollection<OrderExpression> Orders { get; } = orders;

        public DataCollection<LinkEntity> Links { get; } = links;

        public List<FilterExpression> Filters { get; } = [];

        /// <summary>The criteria: the one filter, or several sibling filters (which all apply) under an AND.</summary>
        public FilterExpression Criteria()
        {
            if (Filters.Count == 1)
            {
                return Filters[0];
            }

            var all = new FilterExpression(LogicalOperator.And);
            all.Filters.AddRange(Filters);
            return all;
        }
    }
}
