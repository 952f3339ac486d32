namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// Reads the fetch element's own attributes (distinct, top, paging, aggregate, hints) before its entity, so a
/// mistake there is reported first, as it comes first in the text.
/// </summary>
internal static class FetchOptionsReader
{
    private static readonly HashSet<string> FetchAttributes =
    [
        "version", "count", "page", "paging-cookie", "utc-offset", "aggregate", "distinct", "top", "mapping", "min-active-row-version",
        "output-format", "returntotalrecordcount", "no-lock",

        // Documented after the 9.0 schema; aggregatelimit is kept, the others are performance hints with no effect here.
        "aggregatelimit", "latematerialize", "options", "useraworderby",
    ];

    // "internal" mapping uses the database's physical names, which the engine does not have.
    private static readonly HashSet<string> Mappings = ["logical"];

    private static readonly HashSet<string> OutputFormats = ["xml-ado", "xml-auto", "xml-elements", "xml-raw", "xml-platform"];

    public static FetchOptions Read(FetchElement fetch)
    {
        fetch.RequireKnownAttributes(FetchAttributes);
        _ = fetch.Boolean("min-active-row-version", false);
        _ = fetch.Boolean("latematerialize", false);
        _ = fetch.Boolean("useraworderby", false);
        _ = fetch.Integer("utc-offset", emptyAllowed: true);
        CheckEnumeration(fetch, "mapping", Mappings);
        CheckEnumeration(fetch, "output-format", OutputFormats);

        var options = new FetchOptions(
            Aggregate: fetch.Boolean("aggregate", false),
            Distinct: fetch.Boolean("distinct", false),
            NoLock: fetch.Boolean("no-lock", false),
            Top: fetch.PositiveInteger("top", FetchXmlErrorCodes.TopCountGreaterThanZero),
            Count: fetch.PositiveInteger("count"),
            Page: fetch.PositiveInteger("page"),
            PagingCookie: fetch.Optional("paging-cookie"),
            ReturnTotalRecordCount: fetch.Boolean("returntotalrecordcount", false),
            AggregateLimit: fetch.PositiveInteger("aggregatelimit"));

        if (options.Top is not null)
        {
            // Dataverse refuses to mix the two ways of limiting rows ("The top attribute can't be specified with
            // paging attribute page") and cannot count the total of a top query.
            string? clash = options.Count is not null ? "count"
                : options.Page is not null ? "page"
                : options.PagingCookie is not null ? "paging-cookie"
                : options.ReturnTotalRecordCount ? "returntotalrecordcount"
                : null;
            if (clash is not null)
            {
                throw fetch.AttributeError("top", $"the top attribute can't be specified with the paging attribute {clash}");
            }
        }

        if (options.AggregateLimit is not null && !options.Aggregate)
        {
            throw fetch.AttributeError("aggregatelimit", "aggregatelimit requires aggregate=\"true\"", FetchXmlErrorCodes.InvalidAggregate);
        }

        return options;
    }

    private static void CheckEnumeration(FetchElement fetch, string attribute, IReadOnlySet<string> allowed)
    {
        string? value = fetch.Optional(attribute);
        if (value is not null && !allowed.Contains(value))
        {
            throw fetch.AttributeError(attribute, $"'{value}' is not a supported value of '{attribute}' ({string.Join(", ", allowed)})");
        }
    }
}
