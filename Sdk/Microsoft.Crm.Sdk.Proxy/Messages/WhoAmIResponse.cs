using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="WhoAmIRequest"/>.</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class WhoAmIResponse : OrganizationResponse
{
    public WhoAmIResponse()
    {
    }

    /// <summary>The calling user's business unit. Result "BusinessUnitId".</summary>
    public Guid BusinessUnitId => MessageValues.Get<Guid>(Results, "BusinessUnitId");

    /// <summary>The organization. Result "OrganizationId".</summary>
    public Guid OrganizationId => MessageValues.Get<Guid>(Results, "OrganizationId");

    /// <summary>The calling user. Result "UserId".</summary>
    public Guid UserId => MessageValues.Get<Guid>(Results, "UserId");
}
