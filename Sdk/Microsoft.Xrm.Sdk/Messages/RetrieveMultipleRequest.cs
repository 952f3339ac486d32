using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves the records a query matches. Message name "RetrieveMultiple".</summary>
[DataContract(Namespace = XrmContracts.Namespace)]
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Parameters["Query"] = null;
    }

    /// <summary>The query. Parameter "Query".</summary>
    public QueryBase Query
    {
        get => GetParameter<QueryBase>("Query")!;
        set => Parameters["Query"] = value;
    }
}
