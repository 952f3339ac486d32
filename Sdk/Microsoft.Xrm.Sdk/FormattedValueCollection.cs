using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The display strings of attribute values (option labels, formatted money...), by attribute logical name.</summary>
[CollectionDataContract(Name = "FormattedValueCollection", Namespace = XrmContracts.Namespace)]
public sealed class FormattedValueCollection : DataCollection<string, string>
{
    public FormattedValueCollection()
    {
    }

    public FormattedValueCollection(IDictionary<string, string> dictionary)
        : base(dictionary)
    {
    }
}
