using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a currency attribute.</summary>
[DataContract(Name = "Money", Namespace = XrmContracts.Namespace)]
public sealed class Money : IExtensibleDataObject
{
    public Money()
    {
    }

    public Money(decimal value)
    {
        Value = value;
    }

    /// <summary>The amount, in the record's transaction currency.</summary>
    [DataMember]
    public decimal Value { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Two amounts are equal when their values are.</summary>
    public override bool Equals(object? obj)
    {
        return obj is Money other && Value == other.Value;
    }

    public override int GetHashCode()
    {
        return Value.GetHashCode();
    }
}
