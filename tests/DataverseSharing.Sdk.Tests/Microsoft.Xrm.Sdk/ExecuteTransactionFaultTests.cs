using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

public class ExecuteTransactionFaultTests
{
    [Fact]
    public void RoundTrip_AsOrganizationServiceFault_KeepsTypeAndFaultedRequestIndex()
    {
        OrganizationServiceFault fault = new ExecuteTransactionFault { ErrorCode = -2147220969, Message = "failed", FaultedRequestIndex = 3 };

        var copy = DataContractRoundTrip.Copy(fault);

        var transaction = Assert.IsType<ExecuteTransactionFault>(copy);
        Assert.Equal(3, transaction.FaultedRequestIndex);
        Assert.Equal("failed", transaction.Message);
        Assert.Equal(-2147220969, transaction.ErrorCode);
    }
}
