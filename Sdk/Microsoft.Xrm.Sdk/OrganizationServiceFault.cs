using System.Runtime.Serialization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

/// <summary>The detail of a <c>FaultException&lt;OrganizationServiceFault&gt;</c> thrown by the organization service.</summary>
// A fault travels as its base type (FaultException<OrganizationServiceFault>); the known type lets the
// serializer carry an ExecuteTransactionFault as what it is.
[DataContract(Name = "OrganizationServiceFault", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(ExecuteTransactionFault))]
public class OrganizationServiceFault : BaseServiceFault
{
    public OrganizationServiceFault()
    {
    }

    /// <summary>The fault that caused this one, if any.</summary>
    [DataMember]
    public OrganizationServiceFault? InnerFault { get; set; }

    /// <summary>The plug-in trace text gathered while the failing operation ran.</summary>
    [DataMember]
    public string? TraceText { get; set; }

    /// <summary>The error code and message of this fault and of its inner faults.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (OrganizationServiceFault? fault = this; fault is not null; fault = fault.InnerFault)
        {
            if (text.Length > 0)
            {
                text.Append(" ---> ");
            }

            text.Append("0x").Append(fault.ErrorCode.ToString("X8", System.Globalization.CultureInfo.InvariantCulture))
                .Append(": ").Append(fault.Message);
        }

        return text.ToString();
    }
}
