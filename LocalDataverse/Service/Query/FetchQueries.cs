using System.Globalization;
using System.Runtime.CompilerServices;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Query.Fetch;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// The one place a <see cref="FetchExpression"/> becomes a <see cref="FetchQuery"/> whose condition values are typed
/// from the metadata, so security narrowing and SQL translation both work on its QueryExpression. FetchXML problems
/// become the fault Dataverse throws, with the parser's error code and the line and position in the message.
/// </summary>
internal static class FetchQueries
{
    // Security hands the handler only a swapped "Query" parameter, so a narrowed FetchXML query travels as its
    // QueryExpression; this remembers the fetch it came from (aggregation included). Keyed by the instance the
    // authorizer created, which no caller holds, so a caller's own QueryExpression never matches.
    private static readonly ConditionalWeakTable<QueryExpression, FetchQuery> Narrowed = new();

    /// <summary>The QueryExpression standing in for a narrowed fetch in the request the handler runs.</summary>
    public static QueryExpression StandIn(FetchQuery narrowed)
    {
        ArgumentNullException.ThrowIfNull(narrowed);
        Narrowed.AddOrUpdate(narrowed.Query, narrowed);
        return narrowed.Query;
    }

    /// <summary>The narrowed fetch a QueryExpression stands in for, when it is one.</summary>
    public static FetchQuery? NarrowedFetch(QueryExpression query) => Narrowed.TryGetValue(query, out var fetch) ? fetch : null;

    public static FetchQuery Parse(FetchExpression fetch, MetadataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        try
        {
            var parsed = FetchXmlParser.Parse(fetch.Query ?? string.Empty);
            TypeValues(parsed.Query, catalog);
            return parsed;
        }
        catch (FetchXmlException e)
        {
            throw Fault(e);
        }
    }

    /// <summary>Dataverse's fault for a FetchXML problem; the position is added when the message lacks it.</summary>
    public static Exception Fault(FetchXmlException e)
    {
        var message = e.Message;
        if (e.LineNumber is { } line && !message.Contains("line " + line.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase))
        {
            message += string.Create(CultureInfo.InvariantCulture, $" (line {line}, position {e.LinePosition ?? 0})");
        }

        return DataverseFaults.Create(e.ErrorCode, message);
    }

    // FetchXML values are text; the translator compares typed values, so each takes its column's type.
    private static void TypeValues(QueryExpression query, MetadataCatalog catalog)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectAliases(query.LinkEntities, aliases);
        var converter = new FetchValueConverter(new FetchValueTypes((table, column) => ValueType(catalog, table, column)));
        TypeFilter(query.Criteria, query.EntityName, aliases, converter);
        TypeLinks(query.LinkEntities, aliases, converter);
    }

    private static void CollectAliases(IEnumerable<LinkEntity> links, Dictionary<string, string> aliases)
    {
        foreach (var link in links)
        {
            if (!string.IsNullOrEmpty(link.EntityAlias))
            {
                aliases[link.EntityAlias] = link.LinkToEntityName;
            }

            CollectAliases(link.LinkEntities, aliases);
        }
    }

    private static void TypeLinks(IEnumerable<LinkEntity> links, Dictionary<string, string> aliases, FetchValueConverter converter)
    {
        foreach (var link in links)
        {
            TypeFilter(link.LinkCriteria, link.LinkToEntityName, aliases, converter);
            TypeLinks(link.LinkEntities, aliases, converter);
        }
    }

    private static void TypeFilter(FilterExpression filter, string table, Dictionary<string, string> aliases, FetchValueConverter converter)
    {
        foreach (var condition in filter.Conditions)
        {
            var owner = condition.EntityName is { Length: > 0 } name && aliases.TryGetValue(name, out var linked) ? linked : table;
            var typed = converter.ConvertValues(owner, condition);
            condition.Values.Clear();
            condition.Values.AddRange(typed);
        }

        foreach (var child in filter.Filters)
        {
            TypeFilter(child, table, aliases, converter);
        }
    }

    private static Type? ValueType(MetadataCatalog catalog, string table, string column)
    {
        if (!catalog.TryGetTable(table, out var definition) || definition.FindColumn(column) is not { } found)
        {
            return null;
        }

        return found.Type switch
        {
            ColumnType.String or ColumnType.Memo => typeof(string),
            ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => typeof(int),
            ColumnType.BigInt => typeof(long),
            ColumnType.Decimal or ColumnType.Money => typeof(decimal),
            ColumnType.Double => typeof(double),
            ColumnType.Boolean => typeof(bool),
            ColumnType.DateTime => typeof(DateTime),
            _ => typeof(Guid),
        };
    }
}
