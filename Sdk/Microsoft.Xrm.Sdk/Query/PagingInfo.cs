using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Which page of results a query returns.</summary>
[DataContract(Name = "PagingInfo", Namespace = XrmContracts.Namespace)]
public sealed class PagingInfo : IExtensibleDataObject
{
    /// <summary>The number of records per page.</summary>
    [DataMember]
    public int Count { get; set; }

    /// <summary>The one-based page number.</summary>
    [DataMember]
    public int PageNumber { get; set; }

    /// <summary>The cookie returned with the previous page, which makes paging faster.</summary>
    [DataMember]
    public string? PagingCookie { get; set; }

    /// <summary>Whether the total number of matching records is returned.</summary>
    [DataMember]
    public bool ReturnTotalRecordCount { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
