using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// Turns the FetchXML of a <see cref="FetchExpression"/> into a <see cref="FetchQuery"/>: the QueryExpression the
/// SQL translator runs for every query kind, plus FetchXML's aliases and aggregate model. The text is checked
/// against the FetchXML schema (9.0.0.2090) and Dataverse's rules; every problem is a
/// <see cref="FetchXmlException"/> naming the element, line and position.
/// </summary>
public static partial class FetchXmlParser
{
    private static readonly HashSet<string> FetchAttributes =
    [
        "version", "count", "page", "paging-cookie", "utc-offset", "aggregate", "distinct", "top", "mapping", "min-active-row-version",
        "output-format", "returntotalrecordcount", "no-lock",

        // Documented after the 9.0 schema; aggregatelimit is kept, the others are performance hints with no effect here.
        "aggregatelimit", "latematerialize", "options", "useraworderby",
    ];

    private static readonly HashSet<string> FetchChildren = ["entity", "order"];
    // "internal" mapping uses the database's physical names, which the engine does not expose.
    private static readonly HashSet<string> Mappings = ["logical"];
    private static readonly HashSet<string> OutputFormats = ["xml-ado", "xml-auto", "xml-elements", "xml-raw", "xml-platform"];

    /// <summary>Parses FetchXML; throws <see cref="FetchXmlException"/> for text that is not valid FetchXML.</summary>
    public static FetchQuery Parse(string fetchXml)
    {
        ArgumentNullException.ThrowIfNull(fetchXml);
        XElement root = Load(fetchXml);
        var fetch = new FetchElement(root);
        if (root.Name != XName.Get("fetch"))
        {
            throw fetch.Error($"the root element must be 'fetch', not '{root.Name.LocalName}'", null, FetchXmlErrorCodes.InvalidNode);
        }

        fetch.RequireKnownAttributes(FetchAttributes);
        bool isAggregate = fetch.Boolean("aggregate", false);
        var context = new FetchParseContext(isAggregate);
        QueryExpression query = FetchEntityReader.ReadEntity(SingleEntity(fetch), context);
        ReadFetchAttributes(fetch, query, isAggregate);
        ResolveConditionsOnLinks(context);
        ResolveOrdersOnLinks(context);

        FetchAggregation? aggregation = null;
        if (isAggregate)
        {
            aggregation = new FetchAggregation(context.Columns, fetch.PositiveInteger("aggregatelimit"));
            CheckAggregateOrders(context, aggregation);
        }
        else if (fetch.Optional("aggregatelimit") is not null)
        {
            throw fetch.AttributeError("aggregatelimit", "aggregatelimit requires aggregate=\"true\"", FetchXmlErrorCodes.InvalidAggregate);
        }

        return new FetchQuery(query, context.Columns, aggregation);
    }

    private static XElement Load(string fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw new FetchXmlException("The FetchXML is empty.", FetchXmlErrorCodes.InvalidXml);
        }

        // No DTD, no resolver: FetchXML never needs one, and a DTD is the door to entity-expansion attacks.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var text = new StringReader(fetchXml);
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root!;
        }
        catch (XmlException exception)
        {
            (int line, int position) = exception.LineNumber > 0 ? (exception.LineNumber, exception.LinePosition) : DoctypePosition(fetchXml);
            string reason = LineInfoSuffix().Replace(exception.Message, string.Empty).TrimEnd().TrimEnd('.');
            string message = string.Create(
                CultureInfo.InvariantCulture,
                $"The FetchXML is not well-formed: {reason} at line {line}, position {position}.");
            throw new FetchXmlException(message, FetchXmlErrorCodes.InvalidXml, line, position, exception);
        }
    }

    // The reader refuses a DTD without saying where it is; the DOCTYPE is the only thing it refuses that way.
    private static (int Line, int Position) DoctypePosition(string fetchXml)
    {
        int index = fetchXml.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (index < 0)
        {
            return (1, 1);
        }

        int lineStart = fetchXml.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        int line = 1 + fetchXml.AsSpan(0, index).Count('\n');
        return (line, index - lineStart + 1);
    }

    private static FetchElement SingleEntity(FetchElement fetch)
    {
        FetchElement? entity = null;
        foreach (FetchElement child in fetch.Children(FetchChildren))
        {
            if (child.Name == "order")
            {
                // The schema allows it for report views only; queries sort inside entity.
                throw child.Error("an order directly under fetch is not supported; put it inside the entity element", null, FetchXmlErrorCodes.InvalidNode);
            }

            if (entity is not null)
            {
                throw child.Error("a fetch has exactly one entity element; join other tables with link-entity", null, FetchXmlErrorCodes.InvalidNode);
            }

            entity = child;
        }

        return entity ?? throw fetch.Error("a fetch requires an entity element", null, FetchXmlErrorCodes.InvalidNode);
    }

    private static void ReadFetchAttributes(FetchElement fetch, QueryExpression query, bool isAggregate)
    {
        query.Distinct = fetch.Boolean("distinct", false);
        query.NoLock = fetch.Boolean("no-lock", false);
        _ = fetch.Boolean("min-active-row-version", false);
        _ = fetch.Boolean("latematerialize", false);
        _ = fetch.Boolean("useraworderby", false);
        _ = fetch.Integer("utc-offset", emptyAllowed: true);
        CheckEnumeration(fetch, "mapping", Mappings);
        CheckEnumeration(fetch, "output-format", OutputFormats);

        int? top = fetch.PositiveInteger("top", FetchXmlErrorCodes.TopCountGreaterThanZero);
        int? count = fetch.PositiveInteger("count");
        int? page = fetch.PositiveInteger("page");
        string? cookie = fetch.Optional("paging-cookie");
        bool totalCount = fetch.Boolean("returntotalrecordcount", false);
        if (top is not null)
        {
            // Dataverse refuses to mix the two ways of limiting rows ("The top attribute can't be specified with
            // paging attribute page") and cannot count the total of a top query.
            string? clash = count is not null ? "count" : page is not null ? "page" : cookie is not null ? "paging-cookie" : totalCount ? "returntotalrecordcount" : null;
            if (clash is not null)
            {
                throw fetch.AttributeError("top", $"the top attribute can't be specified with the paging attribute {clash}");
            }

            query.TopCount = top;
        }

        if (isAggregate && query.Distinct)
        {
            throw fetch.AttributeError("distinct", "an aggregate query cannot also be distinct; use distinct on the aggregate attribute", FetchXmlErrorCodes.InvalidAggregate);
        }

        query.PageInfo.Count = count ?? 0;
        query.PageInfo.PageNumber = page ?? (count is not null || cookie is not null ? 1 : 0);
        query.PageInfo.PagingCookie = cookie;
        query.PageInfo.ReturnTotalRecordCount = totalCount;
    }

    private static void CheckEnumeration(FetchElement fetch, string attribute, IReadOnlySet<string> allowed)
    {
        string? value = fetch.Optional(attribute);
        if (value is not null && !allowed.Contains(value))
        {
            throw fetch.AttributeError(attribute, $"'{value}' is not a supported value of '{attribute}' ({string.Join(", ", allowed)})");
        }
    }

    // A condition's entityname names a link-entity by alias or, when the link has no alias of its own, by table
    // name; it is rewritten to the link's alias so the translator has one way to find the link.
    private static void ResolveConditionsOnLinks(FetchParseContext context)
    {
        foreach ((ConditionExpression condition, FetchElement element) in context.ConditionsOnLinks)
        {
            condition.EntityName = ResolveLinkAlias(context, condition.EntityName!, element, "entityname", allowTableName: true);
        }
    }

    private static void ResolveOrdersOnLinks(FetchParseContext context)
    {
        foreach ((OrderExpression order, FetchElement element) in context.OrdersOnLinks)
        {
            order.EntityName = ResolveLinkAlias(context, order.EntityName!, element, "entityname", allowTableName: false);
        }
    }

    private static string ResolveLinkAlias(FetchParseContext context, string name, FetchElement element, string attribute, bool allowTableName)
    {
        if (context.LinksByAlias.ContainsKey(name))
        {
            return name;
        }

        string[] byTable = allowTableName
            ? context.LinksByAlias.Where(pair => pair.Value.LinkToEntityName == name).Select(pair => pair.Key).ToArray()
            : [];
        return byTable.Length switch
        {
            1 => byTable[0],
            0 => throw element.AttributeError(attribute, $"'{name}' does not name a link-entity of this query (by alias{(allowTableName ? " or name" : string.Empty)})"),
            _ => throw element.AttributeError(attribute, $"'{name}' names several link-entities; give them aliases and use one"),
        };
    }

    private static void CheckAggregateOrders(FetchParseContext context, FetchAggregation aggregation)
    {
        var aliases = aggregation.Columns.Select(column => column.ResultName).ToHashSet(StringComparer.Ordinal);
        foreach ((OrderExpression order, FetchElement element) in context.AliasOrders)
        {
            if (!aliases.Contains(order.Alias!))
            {
                throw element.AttributeError("alias", $"the order alias '{order.Alias}' is not the alias of an aggregate or groupby attribute", FetchXmlErrorCodes.InvalidAggregate);
            }
        }
    }

    // XmlException appends " Line n, position m." to its message; the FetchXML message states them its own way.
    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LineInfoSuffix();
}
