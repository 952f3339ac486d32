using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="ImportSolutionAsyncRequest"/>: the system job and the import job's key.</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class ImportSolutionAsyncResponse : OrganizationResponse
{
    public ImportSolutionAsyncResponse()
    {
    }

    /// <summary>The asyncoperation that runs the import. Result "AsyncOperationId".</summary>
    public Guid AsyncOperationId => MessageValues.Get<Guid>(Results, "AsyncOperationId");

    /// <summary>The key of the import job (its importjobid as text). Result "ImportJobKey".</summary>
    public string ImportJobKey => MessageValues.Get<string>(Results, "ImportJobKey")!;
}
