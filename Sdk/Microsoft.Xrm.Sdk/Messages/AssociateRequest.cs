using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Links records to a record through a relationship. Message name "Associate".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class AssociateRequest : OrganizationRequest
{
    public AssociateRequest()
    {
        RequestName = "Associate";
        Parameters["Target"] = null;
        Parameters["Relationship"] = null;
        Parameters["RelatedEntities"] = null;
    }

    /// <summary>The record the others are linked to. Parameter "Target".</summary>
    public EntityReference Target
    {
        get => GetParameter<EntityReference>("Target")!;
        set => Parameters["Target"] = value;
    }

    /// <summary>The relationship. Parameter "Relationship".</summary>
    public Relationship Relationship
    {
        get => GetParameter<Relationship>("Relationship")!;
        set => Parameters["Relationship"] = value;
    }

    /// <summary>The records to link. Parameter "RelatedEntities".</summary>
    public EntityReferenceCollection RelatedEntities
    {
        get => GetParameter<EntityReferenceCollection>("RelatedEntities")!;
        set => Parameters["RelatedEntities"] = value;
    }
}
