using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

public class OrganizationServiceFaultTests
{
    [Fact]
    public void ToString_WithInnerFault_IncludesBothMessages()
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = -2147220891,
            Message = "outer",
            InnerFault = new OrganizationServiceFault { Message = "inner" },
        };

        string text = fault.ToString();

        Assert.Contains("outer", text, StringComparison.Ordinal);
        Assert.Contains("inner", text, StringComparison.Ordinal);
        Assert.Contains("80040265", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorDetails_NewFault_IsAnEmptyCollection()
    {
        Assert.Equal(0, new OrganizationServiceFault().ErrorDetails.Count);
    }
}
