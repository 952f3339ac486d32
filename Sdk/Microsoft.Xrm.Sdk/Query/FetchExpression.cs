using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query written in FetchXML.</summary>
[DataContract(Name = "FetchExpression", Namespace = XrmContracts.Namespace)]
public sealed class FetchExpression : QueryBase
{
    public FetchExpression()
    {
    }

    public FetchExpression(string query)
    {
        Query = query;
    }

    /// <summary>The FetchXML text.</summary>
    [DataMember]
    public string Query { get; set; } = string.Empty;
}
