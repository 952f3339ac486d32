using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The per-request results of an execute-multiple request.</summary>
[CollectionDataContract(Name = "ExecuteMultipleResponseItemCollection", Namespace = XrmContracts.Namespace)]
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
    public ExecuteMultipleResponseItemCollection()
    {
    }
}
