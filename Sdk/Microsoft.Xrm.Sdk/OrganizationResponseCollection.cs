using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The responses of an execute-transaction request, in request order.</summary>
[CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = XrmContracts.Namespace)]
public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
{
    public OrganizationResponseCollection()
    {
    }
}
