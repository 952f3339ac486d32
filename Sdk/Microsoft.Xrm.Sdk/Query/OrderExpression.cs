using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>One sort key of a query.</summary>
[DataContract(Name = "OrderExpression", Namespace = XrmContracts.Namespace)]
public sealed class OrderExpression : IExtensibleDataObject
{
    public OrderExpression()
    {
    }

    public OrderExpression(string attributeName, OrderType orderType)
    {
        AttributeName = attributeName;
        OrderType = orderType;
    }

    public OrderExpression(string attributeName, OrderType orderType, string alias)
        : this(attributeName, orderType)
    {
        Alias = alias;
    }

    public OrderExpression(string attributeName, OrderType orderType, string alias, string entityName)
        : this(attributeName, orderType, alias)
    {
        EntityName = entityName;
    }

    /// <summary>The logical name of the attribute sorted on.</summary>
    [DataMember]
    public string AttributeName { get; set; } = string.Empty;

    /// <summary>The direction.</summary>
    [DataMember]
    public OrderType OrderType { get; set; }

    /// <summary>The alias of the aggregate or linked column sorted on, when sorting on an aliased value.</summary>
    [DataMember]
    public string? Alias { get; set; }

    /// <summary>The alias or logical name of the linked table the attribute belongs to; null for the query's table.</summary>
    [DataMember]
    public string? EntityName { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
