using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Retrieves an import job's log, formatted. Message name "RetrieveFormattedImportJobResults".</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class RetrieveFormattedImportJobResultsRequest : OrganizationRequest
{
    public RetrieveFormattedImportJobResultsRequest()
    {
        RequestName = "RetrieveFormattedImportJobResults";
        Parameters["ImportJobId"] = Guid.Empty;
    }

    /// <summary>The import job. Parameter "ImportJobId".</summary>
    public Guid ImportJobId
    {
        get => MessageValues.Get<Guid>(Parameters, "ImportJobId");
        set => Parameters["ImportJobId"] = value;
    }
}
