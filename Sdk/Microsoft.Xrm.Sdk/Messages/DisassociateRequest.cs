using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Removes links between records through a relationship. Message name "Disassociate".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class DisassociateRequest : OrganizationRequest
{
    public DisassociateRequest()
    {
        RequestName = "Disassociate";
        Parameters["Target"] = null;
        Parameters["Relationship"] = null;
        Parameters["RelatedEntities"] = null;
    }

    /// <summary>The record the others are unlinked from. Parameter "Target".</summary>
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

    /// <summary>The records to unlink. Parameter "RelatedEntities".</summary>
    public EntityReferenceCollection RelatedEntities
    {
        get => GetParameter<EntityReferenceCollection>("RelatedEntities")!;
        set => Parameters["RelatedEntities"] = value;
    }
}
