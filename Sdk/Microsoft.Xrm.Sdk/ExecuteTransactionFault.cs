using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The detail of the fault ExecuteTransaction throws when one of its requests fails: which request it was.
/// Everything the transaction had done is rolled back.
/// </summary>
[DataContract(Name = "ExecuteTransactionFault", Namespace = XrmContracts.Namespace)]
public sealed class ExecuteTransactionFault : OrganizationServiceFault
{
    public ExecuteTransactionFault()
    {
    }

    /// <summary>The zero-based index, in the request collection, of the request that failed.</summary>
    [DataMember]
    public int FaultedRequestIndex { get; set; }
}
