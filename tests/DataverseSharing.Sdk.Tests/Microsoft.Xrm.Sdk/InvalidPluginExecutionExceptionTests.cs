using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

public class InvalidPluginExecutionExceptionTests
{
    [Fact]
    public void Constructor_Message_FailedStatusAndMessage()
    {
        var error = new InvalidPluginExecutionException("Not allowed");

        Assert.Equal(("Not allowed", OperationStatus.Failed, PluginHttpStatusCode.NotSet), (error.Message, error.Status, error.HttpStatus));
    }

    [Fact]
    public void Constructor_StatusCodeMessageAndHttpStatus_KeepsEachValue()
    {
        var error = new InvalidPluginExecutionException(OperationStatus.Canceled, 42, "Stop", PluginHttpStatusCode.Conflict);

        Assert.Equal((OperationStatus.Canceled, 42, "Stop", PluginHttpStatusCode.Conflict), (error.Status, error.ErrorCode, error.Message, error.HttpStatus));
    }

    [Fact]
    public void Constructor_MessageAndInner_KeepsInnerException()
    {
        var inner = new InvalidOperationException("cause");

        var error = new InvalidPluginExecutionException("Wrapped", inner);

        Assert.Same(inner, error.InnerException);
        Assert.Equal(OperationStatus.Failed, error.Status);
    }

    [Fact]
    public void Constructor_MessageAndHttpStatus_KeepsHttpStatus()
    {
        var error = new InvalidPluginExecutionException("Gone", PluginHttpStatusCode.Gone);

        Assert.Equal(PluginHttpStatusCode.Gone, error.HttpStatus);
    }

    [Fact]
    public void Constructor_StatusOnly_KeepsStatus()
    {
        Assert.Equal(OperationStatus.Retry, new InvalidPluginExecutionException(OperationStatus.Retry).Status);
        Assert.Equal(OperationStatus.Suspended, new InvalidPluginExecutionException(OperationStatus.Suspended, "later").Status);
        Assert.Equal(OperationStatus.Failed, new InvalidPluginExecutionException().Status);
    }
}
