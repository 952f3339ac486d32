using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query matching records whose attributes equal given values (all of them).</summary>
[DataContract(Name = "QueryByAttribute", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(EntityReference))]
[KnownType(typeof(OptionSetValue))]
[KnownType(typeof(Money))]
public sealed class QueryByAttribute : QueryBase
{
    [DataMember(Name = "Attributes")]
    private DataCollection<string>? _attributes;

    [DataMember(Name = "Values")]
    private DataCollection<object>? _values;

    [DataMember(Name = "Orders")]
    private DataCollection<OrderExpression>? _orders;

    [DataMember(Name = "ColumnSet")]
    private ColumnSet? _columnSet;

    [DataMember(Name = "PageInfo")]
    private PagingInfo? _pageInfo;

    public QueryByAttribute()
    {
    }

    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    /// <summary>The logical name of the table queried.</summary>
    [DataMember]
    public string EntityName { get; set; } = string.Empty;

    /// <summary>The attributes compared, parallel to <see cref="Values"/>.</summary>
    public DataCollection<string> Attributes => _attributes ??= new DataCollection<string>();

    /// <summary>The values compared, parallel to <see cref="Attributes"/>.</summary>
    public DataCollection<object> Values => _values ??= new DataCollection<object>();

    /// <summary>The sort keys, in order.</summary>
    public DataCollection<OrderExpression> Orders => _orders ??= new DataCollection<OrderExpression>();

    /// <summary>The columns to return; none by default.</summary>
    public ColumnSet ColumnSet
    {
        get => _columnSet ??= new ColumnSet();
        set => _columnSet = value;
    }

    /// <summary>The page to return.</summary>
    public PagingInfo PageInfo
    {
        get => _pageInfo ??= new PagingInfo();
        set => _pageInfo = value;
    }

    /// <summary>The maximum number of rows, when set.</summary>
    [DataMember]
    public int? TopCount { get; set; }

    /// <summary>Adds an attribute and the value it must equal.</summary>
    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    /// <summary>Adds a sort key.</summary>
    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }
}
