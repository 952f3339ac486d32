using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Identifies a record by table logical name and id (or alternate keys); used by lookups.</summary>
[DataContract(Name = "EntityReference", Namespace = XrmContracts.Namespace)]
public sealed class EntityReference : IExtensibleDataObject
{
    [DataMember(Name = "KeyAttributes")]
    private KeyAttributeCollection? _keyAttributes;

    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        KeyAttributes[keyName] = keyValue;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        _keyAttributes = keyAttributeCollection;
    }

    /// <summary>The record's primary key.</summary>
    [DataMember]
    public Guid Id { get; set; }

    /// <summary>The logical name of the record's table; empty until set.</summary>
    [DataMember]
    public string LogicalName { get; set; } = string.Empty;

    /// <summary>The record's primary name, when the service supplied it.</summary>
    [DataMember]
    public string? Name { get; set; }

    /// <summary>Alternate-key values identifying the record when <see cref="Id"/> is not known.</summary>
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    /// <summary>The record's version stamp.</summary>
    [DataMember]
    public string? RowVersion { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Two references are equal when they name the same table and id.</summary>
    public override bool Equals(object? obj)
    {
        return obj is EntityReference other
            && Id == other.Id
            && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal);
    }

    public override int GetHashCode()
    {
        return Id.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(LogicalName ?? string.Empty);
    }
}
