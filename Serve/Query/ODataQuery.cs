using System.Globalization;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Protocol;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Serve.Query;

/// <summary>
/// A collection GET's system query options as a QueryExpression: $select, $filter (see <see cref="FilterParser"/>),
/// $orderby, $top, $count, and the page a $skiptoken of this server's nextLink names. $skip is refused as Dataverse
/// refuses it; $expand and $apply are not served here, and say so.
/// </summary>
internal static class ODataQuery
{
    /// <summary>The most rows a page holds, as on Dataverse.</summary>
    public const int MaxPageSize = 5000;

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$select", "$filter", "$orderby", "$top", "$count", "$skiptoken", "fetchXml", "$deltatoken",
    };

    public static QueryExpression Build(TableDefinition table, WebApiRequest request)
    {
        var options = request.QueryParameters;
        foreach (var name in options.Keys.Where(n => !Known.Contains(n)))
        {
            throw name switch
            {
                "$skip" => WebApiException.BadRequest("The query parameter $skip is not supported; page with Prefer: odata.maxpagesize and @odata.nextLink."),
                "$expand" or "$apply" or "$search" => WebApiException.BadRequest($"The query option {name} is not served by this server; use fetchXml for joins and aggregates."),
                _ when name.StartsWith('$') => WebApiException.BadRequest($"The query option '{name}' is not an OData system query option this server knows."),
                _ => WebApiException.BadRequest($"The query parameter '{name}' is not one this server knows."),
            };
        }

        var query = new QueryExpression(table.LogicalName) { ColumnSet = Columns(table, options.GetValueOrDefault("$select")) };
        if (options.TryGetValue("$filter", out var filter) && filter.Length > 0)
        {
            query.Criteria = FilterParser.Parse(table, filter);
        }

        if (options.TryGetValue("$orderby", out var orderBy))
        {
            foreach (var part in orderBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var descending = words.Length == 2 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
                if (words.Length > 2 || words.Length == 2 && !descending && !words[1].Equals("asc", StringComparison.OrdinalIgnoreCase))
                {
                    throw WebApiException.BadRequest($"The $orderby item '{part}' is not '<column> [asc|desc]'.");
                }

                query.AddOrder(ColumnName(table, words[0]), descending ? OrderType.Descending : OrderType.Ascending);
            }
        }

        if (options.TryGetValue("$top", out var top))
        {
            query.TopCount = int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= MaxPageSize
                ? count
                : throw WebApiException.BadRequest($"The $top '{top}' is not a whole number from 1 to {MaxPageSize}.");
        }
        else
        {
            var size = Math.Min(request.Prefer.MaxPageSize ?? MaxPageSize, MaxPageSize);
            query.PageInfo = new PagingInfo { Count = size, PageNumber = 1 };
            if (options.TryGetValue("$skiptoken", out var token))
            {
                var page = SkipToken.Parse(token);
                query.PageInfo.PageNumber = page.PageNumber;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }

        if (options.TryGetValue("$count", out var countOption))
        {
            query.PageInfo.ReturnTotalRecordCount = countOption switch
            {
                "true" => true,
                "false" => false,
                _ => throw WebApiException.BadRequest($"The $count '{countOption}' is neither true nor false."),
            };
        }

        return query;
    }

    /// <summary>The columns $select names (lookups as _name_value or name); all columns without it, as Dataverse returns.</summary>
    public static ColumnSet Columns(TableDefinition table, string? select)
    {
        if (string.IsNullOrWhiteSpace(select))
        {
            return new ColumnSet(true);
        }

        return new ColumnSet(select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => ColumnName(table, name)).Distinct(StringComparer.Ordinal).ToArray());
    }

    private static string ColumnName(TableDefinition table, string property)
    {
        var name = property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal) ? property[1..^6] : property;
        return table.FindColumn(name)?.LogicalName
            ?? throw WebApiException.BadRequest($"Could not find a property named '{property}' on type 'Microsoft.Dynamics.CRM.{table.LogicalName}'.");
    }
}
