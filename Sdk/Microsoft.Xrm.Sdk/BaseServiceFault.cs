using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The common part of the faults the Dataverse services return.</summary>
[DataContract(Name = "BaseServiceFault", Namespace = XrmContracts.Namespace)]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    [DataMember(Name = "ErrorDetails")]
    private ErrorDetailCollection? _errorDetails;

    protected BaseServiceFault()
    {
    }

    /// <summary>The platform error code (an HRESULT-style number).</summary>
    [DataMember]
    public int ErrorCode { get; set; }

    /// <summary>Additional details, by name.</summary>
    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails ??= new ErrorDetailCollection();
        set => _errorDetails = value;
    }

    /// <summary>The error message.</summary>
    [DataMember]
    public string? Message { get; set; }

    /// <summary>When the fault occurred (UTC).</summary>
    [DataMember]
    public DateTime Timestamp { get; set; }

    /// <summary>The activity id of the failing operation.</summary>
    [DataMember]
    public Guid ActivityId { get; set; }

    /// <summary>A link to help about the error.</summary>
    [DataMember]
    public string? HelpLink { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
