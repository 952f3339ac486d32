using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The requests of an execute-multiple or execute-transaction request.</summary>
[CollectionDataContract(Name = "OrganizationRequestCollection", Namespace = XrmContracts.Namespace)]
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
    public OrganizationRequestCollection()
    {
    }
}
