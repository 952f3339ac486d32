using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="ImportSolutionRequest"/>; it carries no results.</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class ImportSolutionResponse : OrganizationResponse
{
    public ImportSolutionResponse()
    {
    }
}
