using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchXmlErrorCodesTests
{
    // The decimal values clients compare with, as the platform's error-code table lists them.
    [Theory]
    [InlineData(FetchXmlErrorCodes.InvalidXml, -2147220991)]
    [InlineData(FetchXmlErrorCodes.InvalidArgument, -2147220989)]
    [InlineData(FetchXmlErrorCodes.InvalidNode, -2147217124)]
    [InlineData(FetchXmlErrorCodes.InvalidConditionOperator, -2147217120)]
    [InlineData(FetchXmlErrorCodes.InvalidLinkType, -2147217129)]
    [InlineData(FetchXmlErrorCodes.InvalidFilterType, -2147217118)]
    [InlineData(FetchXmlErrorCodes.InvalidAggregate, -2147217126)]
    [InlineData(FetchXmlErrorCodes.TopCountGreaterThanZero, -2147217113)]
    public void Code_HasThePlatformValue(int code, int expected)
    {
        Assert.Equal(expected, code);
    }
}
