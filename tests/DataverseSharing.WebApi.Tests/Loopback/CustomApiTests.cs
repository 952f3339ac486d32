using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.WebApi.Tests.Loopback;

public sealed class CustomApiTests : IAsyncLifetime
{
    private readonly ServedConnector served = new(new LocalOrganizationOptions
    {
        EnforceSecurity = false,
        CustomApis =
        [
            new CustomApiDefinition("new_Repeat")
            {
                PluginType = typeof(RepeatPlugin),
                RequestParameters =
                [
                    new CustomApiParameter("Word", CustomApiFieldType.String),
                    new CustomApiParameter("Times", CustomApiFieldType.Integer, IsOptional: true),
                    new CustomApiParameter("Subject", CustomApiFieldType.Guid, IsOptional: true),
                ],
                ResponseProperties =
                [
                    new CustomApiResponseProperty("Repeated", CustomApiFieldType.String),
                    new CustomApiResponseProperty("Length", CustomApiFieldType.Integer),
                ],
            },
        ],
    });

    public Task InitializeAsync() => served.InitializeAsync();

    public Task DisposeAsync() => served.DisposeAsync();

    [Fact]
    public void Execute_CustomApiByName_RunsItOnTheServerInOneRequest()
    {
        var subject = Guid.NewGuid();
        served.Requests.Reset();

        var response = served.Service.Execute(new OrganizationRequest("new_Repeat") { ["Word"] = "ab", ["Times"] = 3, ["Subject"] = subject });

        Assert.Equal("ababab", response["Repeated"]);
        Assert.Equal(6, response["Length"]);
        Assert.Equal(1, served.Requests.Count);
    }

    [Fact]
    public void Execute_CustomApiPluginThrows_FaultsWithItsMessage()
    {
        var fault = Testing.Engine.LocalEngine.Fault(() => served.Service.Execute(new OrganizationRequest("new_Repeat") { ["Word"] = "ab", ["Times"] = -1 }));

        Assert.Contains("Times must not be negative", fault.Message, StringComparison.Ordinal);
    }
}

public sealed class RepeatPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var times = context.InputParameters.TryGetValue("Times", out var given) && given is int n ? n : 1;
        if (times < 0)
        {
            throw new InvalidPluginExecutionException("Times must not be negative.");
        }

        var text = string.Concat(Enumerable.Repeat((string)context.InputParameters["Word"]!, times));
        context.OutputParameters["Repeated"] = text;
        context.OutputParameters["Length"] = text.Length;
    }
}
