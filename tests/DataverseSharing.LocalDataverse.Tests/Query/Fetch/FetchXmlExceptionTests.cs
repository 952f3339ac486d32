using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchXmlExceptionTests
{
    [Fact]
    public void Constructor_Default_IsInvalidArgumentWithoutPosition()
    {
        var error = new FetchXmlException();

        Assert.Equal(FetchXmlErrorCodes.InvalidArgument, error.ErrorCode);
        Assert.Null(error.LineNumber);
        Assert.Null(error.LinePosition);
        Assert.False(string.IsNullOrEmpty(error.Message));
    }

    [Fact]
    public void Constructor_MessageAndInner_KeepsBoth()
    {
        var inner = new FormatException("x");
        var error = new FetchXmlException("bad", inner);

        Assert.Equal("bad", error.Message);
        Assert.Same(inner, error.InnerException);
        Assert.Equal(FetchXmlErrorCodes.InvalidArgument, error.ErrorCode);
    }

    [Fact]
    public void Constructor_Full_KeepsCodeLineAndPosition()
    {
        var error = new FetchXmlException("bad", FetchXmlErrorCodes.InvalidXml, 3, 14);

        Assert.Equal(FetchXmlErrorCodes.InvalidXml, error.ErrorCode);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(14, error.LinePosition);
        Assert.Null(error.InnerException);
    }
}
