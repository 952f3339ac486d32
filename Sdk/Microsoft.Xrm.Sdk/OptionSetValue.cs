using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a choice (option set) attribute.</summary>
[DataContract(Name = "OptionSetValue", Namespace = XrmContracts.Namespace)]
public sealed class OptionSetValue : IExtensibleDataObject
{
    public OptionSetValue()
    {
    }

    public OptionSetValue(int value)
    {
        Value = value;
    }

    /// <summary>The option's number.</summary>
    [DataMember]
    public int Value { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Two option values are equal when their numbers are.</summary>
    public override bool Equals(object? obj)
    {
        return obj is OptionSetValue other && Value == other.Value;
    }

    public override int GetHashCode()
    {
        return Value.GetHashCode();
    }
}
