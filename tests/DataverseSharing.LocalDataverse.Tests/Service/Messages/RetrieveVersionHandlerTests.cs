using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class RetrieveVersionHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Execute_Typed_ReturnsA92Version()
    {
        var version = ((RetrieveVersionResponse)engine.Service.Execute(new RetrieveVersionRequest())).Version;

        Assert.Matches(@"^9\.2\.\d+\.\d+$", version);
        Assert.Equal(new Version(9, 2), new Version(Version.Parse(version).Major, Version.Parse(version).Minor));
    }

    [Fact]
    public void Execute_GenericRequest_ReturnsTheVersion()
    {
        Assert.StartsWith("9.2.", (string)engine.Service.Execute(new OrganizationRequest("RetrieveVersion"))["Version"]!);
    }
}
