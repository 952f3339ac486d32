using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A record: its table's logical name, its id and its attribute values.</summary>
[DataContract(Name = "Entity", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(EntityReference))]
[KnownType(typeof(OptionSetValue))]
[KnownType(typeof(OptionSetValueCollection))]
[KnownType(typeof(Money))]
[KnownType(typeof(AliasedValue))]
[KnownType(typeof(EntityCollection))]
public class Entity : IExtensibleDataObject
{
    [DataMember(Name = "Attributes")]
    private AttributeCollection? _attributes;

    [DataMember(Name = "FormattedValues")]
    private FormattedValueCollection? _formattedValues;

    [DataMember(Name = "KeyAttributes")]
    private KeyAttributeCollection? _keyAttributes;

    [DataMember(Name = "RelatedEntities")]
    private RelatedEntityCollection? _relatedEntities;

    public Entity()
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        _keyAttributes = keyAttributes;
    }

    /// <summary>The logical name of the record's table; empty until set.</summary>
    [DataMember]
    public string LogicalName { get; set; } = string.Empty;

    /// <summary>The record's primary key; <see cref="Guid.Empty"/> until known.</summary>
    [DataMember]
    public virtual Guid Id { get; set; }

    /// <summary>The attribute values, by logical name.</summary>
    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    /// <summary>The change-tracking state, when the caller tracks one.</summary>
    [DataMember]
    public EntityState? EntityState { get; set; }

    /// <summary>The display strings of the attribute values the service formatted.</summary>
    public FormattedValueCollection FormattedValues => _formattedValues ??= new FormattedValueCollection();

    /// <summary>The related records, grouped by relationship.</summary>
    public RelatedEntityCollection RelatedEntities => _relatedEntities ??= new RelatedEntityCollection();

    /// <summary>Alternate-key values identifying the record when <see cref="Id"/> is not known.</summary>
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    /// <summary>The record's version stamp, used for optimistic concurrency.</summary>
    [DataMember]
    public string? RowVersion { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>
    /// Gets an attribute value (throws <see cref="KeyNotFoundException"/> naming the attribute when absent)
    /// or sets it (adding or replacing).
    /// </summary>
    public object? this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    /// <summary>Whether the attribute is present (its value may be null).</summary>
    public bool Contains(string attributeName)
    {
        return Attributes.Contains(attributeName);
    }

    /// <summary>The attribute value as <typeparamref name="T"/>; default(T) when absent or null.</summary>
    public T? GetAttributeValue<T>(string attributeLogicalName)
    {
        return Attributes.TryGetValue(attributeLogicalName, out object? value) && value is not null
            ? (T)value
            : default;
    }

    /// <summary>Gets the attribute value when present and of type <typeparamref name="T"/>.</summary>
    public bool TryGetAttributeValue<T>(string attributeLogicalName, out T? value)
    {
        if (Attributes.TryGetValue(attributeLogicalName, out object? raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Sets an attribute value, adding or replacing it.</summary>
    public void SetAttributeValue(string attributeLogicalName, object? value)
    {
        Attributes[attributeLogicalName] = value;
    }

    /// <summary>The formatted display string of an attribute; empty when the service returned none.</summary>
    public string GetFormattedAttributeValue(string attributeLogicalName)
    {
        return FormattedValues.TryGetValue(attributeLogicalName, out string? formatted) ? formatted : string.Empty;
    }

    /// <summary>A reference to this record: its logical name, id and alternate keys.</summary>
    public EntityReference ToEntityReference()
    {
        var reference = new EntityReference(LogicalName, Id);
        if (_keyAttributes is { Count: > 0 })
        {
            reference.KeyAttributes = new KeyAttributeCollection();
            reference.KeyAttributes.AddRange(_keyAttributes);
        }

        return reference;
    }

    /// <summary>A shallow copy of this record as <typeparamref name="T"/> (sharing the attribute values).</summary>
    public T ToEntity<T>()
        where T : Entity
    {
        if (this is T same && GetType() == typeof(T))
        {
            return same;
        }

        var copy = (T)Activator.CreateInstance(typeof(T))!;
        copy.LogicalName = LogicalName;
        copy.Id = Id;
        copy.Attributes = Attributes;
        copy.EntityState = EntityState;
        copy._formattedValues = _formattedValues;
        copy._keyAttributes = _keyAttributes;
        copy._relatedEntities = _relatedEntities;
        copy.RowVersion = RowVersion;
        copy.ExtensionData = ExtensionData;
        return copy;
    }
}
