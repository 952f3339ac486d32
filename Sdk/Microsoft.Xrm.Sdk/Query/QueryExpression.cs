using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query built from objects: table, columns, criteria, links, sort and paging.</summary>
[DataContract(Name = "QueryExpression", Namespace = XrmContracts.Namespace)]
public sealed class QueryExpression : QueryBase
{
    [DataMember(Name = "ColumnSet")]
    private ColumnSet? _columnSet;

    [DataMember(Name = "Criteria")]
    private FilterExpression? _criteria;

    [DataMember(Name = "LinkEntities")]
    private DataCollection<LinkEntity>? _linkEntities;

    [DataMember(Name = "Orders")]
    private DataCollection<OrderExpression>? _orders;

    [DataMember(Name = "PageInfo")]
    private PagingInfo? _pageInfo;

    public QueryExpression()
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
    }

    /// <summary>The logical name of the table queried.</summary>
    [DataMember]
    public string EntityName { get; set; } = string.Empty;

    /// <summary>The columns to return; none by default.</summary>
    public ColumnSet ColumnSet
    {
        get => _columnSet ??= new ColumnSet();
        set => _columnSet = value;
    }

    /// <summary>The filter; empty (everything) by default.</summary>
    public FilterExpression Criteria
    {
        get => _criteria ??= new FilterExpression();
        set => _criteria = value;
    }

    /// <summary>Whether duplicate rows are removed.</summary>
    [DataMember]
    public bool Distinct { get; set; }

    /// <summary>Whether the query reads without shared locks.</summary>
    [DataMember]
    public bool NoLock { get; set; }

    /// <summary>The joined tables.</summary>
    public DataCollection<LinkEntity> LinkEntities => _linkEntities ??= new DataCollection<LinkEntity>();

    /// <summary>The sort keys, in order.</summary>
    public DataCollection<OrderExpression> Orders => _orders ??= new DataCollection<OrderExpression>();

    /// <summary>The page to return.</summary>
    public PagingInfo PageInfo
    {
        get => _pageInfo ??= new PagingInfo();
        set => _pageInfo = value;
    }

    /// <summary>The maximum number of rows, when set (not combinable with paging).</summary>
    [DataMember]
    public int? TopCount { get; set; }

    /// <summary>Adds and returns an inner join from the queried table.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    /// <summary>Adds and returns a join from the queried table.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }

    /// <summary>Adds a sort key.</summary>
    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    /// <summary>Adds a sort key on an aliased value or on an attribute of a linked table.</summary>
    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
    {
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
    }
}
