using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The selected options of a multi-select choice attribute.</summary>
[CollectionDataContract(Name = "OptionSetValueCollection", Namespace = XrmContracts.Namespace)]
public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
{
    public OptionSetValueCollection()
    {
    }

    public OptionSetValueCollection(IList<OptionSetValue> list)
        : base(list)
    {
    }
}
