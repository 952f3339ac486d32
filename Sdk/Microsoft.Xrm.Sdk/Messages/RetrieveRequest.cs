using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves a record. Message name "Retrieve".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Parameters["Target"] = null;
        Parameters["ColumnSet"] = null;
    }

    /// <summary>The record to retrieve. Parameter "Target".</summary>
    public EntityReference Target
    {
        get => GetParameter<EntityReference>("Target")!;
        set => Parameters["Target"] = value;
    }

    /// <summary>The columns to return. Parameter "ColumnSet".</summary>
    public ColumnSet ColumnSet
    {
        get => GetParameter<ColumnSet>("ColumnSet")!;
        set => Parameters["ColumnSet"] = value;
    }
}
