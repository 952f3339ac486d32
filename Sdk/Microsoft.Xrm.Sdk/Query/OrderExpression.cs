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

    /// <summary>The logical name of the attribute sorted on.</summary>
    [DataMember]
    public string AttributeName { get; set; } = string.Empty;

    /// <summary>The direction.</summary>
    [DataMember]
    public OrderType OrderType { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
