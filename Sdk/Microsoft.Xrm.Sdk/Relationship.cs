using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Names a relationship by schema name, with the primary entity's role for self-referential ones.</summary>
[DataContract(Name = "Relationship", Namespace = XrmContracts.Namespace)]
public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    /// <summary>The relationship's schema name.</summary>
    [DataMember]
    public string SchemaName { get; set; } = string.Empty;

    /// <summary>The role of the primary entity, for a relationship between a table and itself.</summary>
    [DataMember]
    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Equal when the schema names (ordinal, ignoring case) and roles match.</summary>
    public override bool Equals(object? obj)
    {
        return obj is Relationship other
            && string.Equals(SchemaName, other.SchemaName, StringComparison.OrdinalIgnoreCase)
            && PrimaryEntityRole == other.PrimaryEntityRole;
    }

    public override int GetHashCode()
    {
        return StringComparer.OrdinalIgnoreCase.GetHashCode(SchemaName ?? string.Empty) ^ PrimaryEntityRole.GetHashCode();
    }

    /// <summary>The schema name, followed by the role when one is set.</summary>
    public override string ToString()
    {
        return PrimaryEntityRole.HasValue ? $"{SchemaName}.{PrimaryEntityRole.Value}" : SchemaName;
    }
}
