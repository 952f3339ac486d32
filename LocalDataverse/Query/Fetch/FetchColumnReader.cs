using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// Reads attribute elements: into the column set of a plain query, or into the aggregate model of an aggregate
/// query, enforcing the aggregate rules (alias on every aggregate, groupby and aggregate only with
/// aggregate="true", date grouping only on groupby columns).
/// </summary>
internal static class FetchColumnReader
{
    private static readonly HashSet<string> AttributeAttributes =
    [
        "name", "build", "addedby", "alias", "aggregate", "groupby", "dategrouping", "usertimezone", "distinct", "rowaggregate",
    ];

    private static readonly HashSet<string> NoAttributes = [];

    public static void Read(FetchElement attribute, string? entityAlias, ColumnSet columns, FetchParseContext context)
    {
        attribute.RequireKnownAttributes(AttributeAttributes);
        attribute.RequireEmpty();
        if (attribute.Optional("rowaggregate") is not null)
        {
            throw attribute.AttributeError("rowaggregate", "rowaggregate (CountChildren) is not supported by LocalDataverse");
        }

        string name = attribute.Required("name");
        string? alias = attribute.Optional("alias");
        FetchAggregateFunction? aggregate = ReadAggregate(attribute);
        bool groupBy = attribute.Boolean("groupby", false, FetchXmlErrorCodes.InvalidAggregate);
        bool distinct = attribute.Boolean("distinct", false, FetchXmlErrorCodes.InvalidAggregate);
        FetchDateGrouping? dateGrouping = ReadDateGrouping(attribute);
        bool userTimeZone = attribute.Boolean("usertimezone", true, FetchXmlErrorCodes.InvalidAggregate);

        if (context.IsAggregate)
        {
            CheckAggregateRules(attribute, alias, aggregate, groupBy, distinct, dateGrouping);
        }
        else
        {
            CheckPlainRules(attribute, aggregate, groupBy, distinct, dateGrouping);
            if (!columns.Columns.Contains(name))
            {
                columns.AddColumn(name);
            }
        }

        if (alias is not null && !context.TryAddColumnAlias(alias))
        {
            throw attribute.AttributeError("alias", $"the alias '{alias}' is used by another attribute");
        }

        context.Columns.Add(new FetchColumn(entityAlias, name, alias, aggregate, distinct, groupBy, dateGrouping, userTimeZone, attribute.Line));
    }

    public static void ReadAllAttributes(FetchElement allAttributes, ColumnSet columns, FetchParseContext context)
    {
        allAttributes.RequireKnownAttributes(NoAttributes);
        allAttributes.RequireEmpty();
        if (context.IsAggregate)
        {
            throw allAttributes.Error("an aggregate query cannot use all-attributes", null, FetchXmlErrorCodes.InvalidAggregate);
        }

        columns.AllColumns = true;
    }

    private static void CheckAggregateRules(
        FetchElement attribute, string? alias, FetchAggregateFunction? aggregate, bool groupBy, bool distinct, FetchDateGrouping? dateGrouping)
    {
        string? problem = (aggregate, groupBy) switch
        {
            (null, false) => "in an aggregate query every attribute needs an aggregate or groupby=\"true\"",
            (not null, true) => "an attribute cannot both aggregate and group by",
            (not null, false) when string.IsNullOrWhiteSpace(alias) => "an aggregate attribute requires an alias",
            (null, true) when distinct => "distinct applies to aggregate attributes, not to groupby",
            (not null, false) when dateGrouping is not null => "dategrouping applies to groupby attributes, not to aggregates",
            _ => null,
        };
        if (problem is not null)
        {
            throw attribute.Error(problem, null, FetchXmlErrorCodes.InvalidAggregate);
        }
    }

    private static void CheckPlainRules(FetchElement attribute, FetchAggregateFunction? aggregate, bool groupBy, bool distinct, FetchDateGrouping? dateGrouping)
    {
        string? offending = aggregate is not null ? "aggregate"
            : groupBy ? "groupby"
            : dateGrouping is not null ? "dategrouping"
            : distinct ? "distinct"
            : null;
        if (offending is not null)
        {
            throw attribute.AttributeError(offending, $"'{offending}' requires aggregate=\"true\" on the fetch element", FetchXmlErrorCodes.InvalidAggregate);
        }
    }

    private static FetchAggregateFunction? ReadAggregate(FetchElement attribute)
    {
        string? value = attribute.Optional("aggregate");
        return value switch
        {
            null => null,
            "count" => FetchAggregateFunction.Count,
            "countcolumn" => FetchAggregateFunction.CountColumn,
            "sum" => FetchAggregateFunction.Sum,
            "avg" => FetchAggregateFunction.Avg,
            "min" => FetchAggregateFunction.Min,
            "max" => FetchAggregateFunction.Max,
            _ => throw attribute.AttributeError(
                "aggregate", $"'{value}' is not an aggregate (count, countcolumn, sum, avg, min, max)", FetchXmlErrorCodes.InvalidAggregate),
        };
    }

    private static FetchDateGrouping? ReadDateGrouping(FetchElement attribute)
    {
        string? value = attribute.Optional("dategrouping");
        return value switch
        {
            null => null,
            "day" => FetchDateGrouping.Day,
            "week" => FetchDateGrouping.Week,
            "month" => FetchDateGrouping.Month,
            "quarter" => FetchDateGrouping.Quarter,
            "year" => FetchDateGrouping.Year,
            "fiscal-period" => FetchDateGrouping.FiscalPeriod,
            "fiscal-year" => FetchDateGrouping.FiscalYear,
            _ => throw attribute.AttributeError(
                "dategrouping",
                $"'{value}' is not a date grouping (day, week, month, quarter, year, fiscal-period, fiscal-year)",
                FetchXmlErrorCodes.InvalidAggregate),
        };
    }
}
