using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="RetrieveVersionRequest"/>.</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class RetrieveVersionResponse : OrganizationResponse
{
    public RetrieveVersionResponse()
    {
    }

    /// <summary>The version, e.g. "9.2.24041.00000". Result "Version".</summary>
    public string Version => MessageValues.Get<string>(Results, "Version")!;
}
