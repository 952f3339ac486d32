using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// What the readers share while one FetchXML document is read: whether it aggregates, the columns seen, the links
/// and their aliases, and the references (condition entityname, aggregate order alias) that can only be checked
/// once the whole document has been read, because they may point at elements written after them.
/// </summary>
internal sealed class FetchParseContext
{
    private readonly HashSet<string> _columnAliases = new(StringComparer.Ordinal);
    private int _linkCount;

    public FetchParseContext(bool isAggregate)
    {
        IsAggregate = isAggregate;
    }

    public bool IsAggregate { get; }

    public List<FetchColumn> Columns { get; } = [];

    public Dictionary<string, LinkEntity> LinksByAlias { get; } = new(StringComparer.Ordinal);

    public List<(ConditionExpression Condition, FetchElement Element)> ConditionsOnLinks { get; } = [];

    public List<(OrderExpression Order, FetchElement Element)> AliasOrders { get; } = [];

    public List<(OrderExpression Order, FetchElement Element)> OrdersOnLinks { get; } = [];

    /// <summary>The next link-entity's sequence number, which Dataverse uses in generated aliases.</summary>
    public int NextLinkNumber() => ++_linkCount;

    /// <summary>Records a column alias; false when another attribute already uses it.</summary>
    public bool TryAddColumnAlias(string alias) => _columnAliases.Add(alias);
}
