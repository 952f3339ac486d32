using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A value a query returned from a linked table or an aggregate, under an alias.</summary>
[DataContract(Name = "AliasedValue", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(EntityReference))]
[KnownType(typeof(OptionSetValue))]
[KnownType(typeof(Money))]
public sealed class AliasedValue : IExtensibleDataObject
{
    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    /// <summary>The logical name of the attribute the value came from.</summary>
    [DataMember]
    public string? AttributeLogicalName { get; private set; }

    /// <summary>The logical name of the table the value came from.</summary>
    [DataMember]
    public string? EntityLogicalName { get; private set; }

    /// <summary>The value itself.</summary>
    [DataMember]
    public object? Value { get; private set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
