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
internal static partial class FetchXmlParser
{
    private static readonly HashSet<string> FetchChildren = ["entity", "order"];

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

        FetchOptions options = FetchOptionsReader.Read(fetch);
        var context = new FetchParseContext(options.Aggregate);
        QueryExpression query = FetchEntityReader.ReadEntity(SingleEntity(fetch), context);
        options.ApplyTo(query);
        ResolveConditionsOnLinks(context);
        ResolveOrdersOnLinks(context);

        FetchAggregation? aggregation = null;
        if (options.Aggregate)
        {
            aggregation = new FetchAggregation(context.Columns, options.AggregateLimit);
            CheckAggregateOrders(context, aggregation);
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
