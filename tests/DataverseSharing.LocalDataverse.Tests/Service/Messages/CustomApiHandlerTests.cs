using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class CustomApiHandlerTests : IDisposable
{
    private static readonly CustomApiDefinition Measure = new("dvs_Measure")
    {
        RequestParameters = [new("Text", CustomApiFieldType.String), new("Times", CustomApiFieldType.Integer, IsOptional: true)],
        ResponseProperties = [new("Length", CustomApiFieldType.Integer), new("Depth", CustomApiFieldType.Integer), new("Undeclared?", CustomApiFieldType.String)],
        PluginType = typeof(MeasurePlugin),
    };

    private readonly LocalEngine engine = new();
    private readonly LocalOrganizationService service;

    public CustomApiHandlerTests()
    {
        var handlers = MessageHandlerRegistry.CreateDefault()
            .RegisterCustomApi(Measure)
            .RegisterCustomApi(new CustomApiDefinition("dvs_Nothing"))
            .RegisterCustomApi(new CustomApiDefinition("dvs_Leaky") { PluginType = typeof(LeakyPlugin) });
        service = new LocalOrganizationService(engine.Database, engine.UserId, handlers, engine.Clock);
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Execute_ValidParameters_RunsThePluginAtStage30AndReturnsItsOutputs()
    {
        var response = service.Execute(new OrganizationRequest("dvs_Measure") { ["Text"] = "hello", ["Times"] = 3 });

        Assert.Equal("dvs_Measure", response.ResponseName);
        Assert.Equal(15, response["Length"]);
        Assert.Equal(1, response["Depth"]);
        Assert.Equal(30, MeasurePlugin.LastStage);
    }

    [Fact]
    public void Execute_OptionalParameterLeftOut_RunsThePlugin()
    {
        Assert.Equal(5, service.Execute(new OrganizationRequest("dvs_Measure") { ["Text"] = "hello" })["Length"]);
    }

    [Fact]
    public void Execute_MissingRequiredParameter_FaultNamesIt()
    {
        var fault = LocalEngine.Fault(() => service.Execute(new OrganizationRequest("dvs_Measure") { ["Times"] = 2 }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("'Text'", fault.Message);
    }

    [Fact]
    public void Execute_ParameterOfWrongType_FaultNamesIt()
    {
        var fault = LocalEngine.Fault(() => service.Execute(new OrganizationRequest("dvs_Measure") { ["Text"] = "hello", ["Times"] = "three" }));

        Assert.Contains("'Times'", fault.Message);
        Assert.Contains("Integer", fault.Message);
    }

    [Fact]
    public void Execute_UndeclaredParameter_Faults()
    {
        var fault = LocalEngine.Fault(() => service.Execute(new OrganizationRequest("dvs_Measure") { ["Text"] = "hello", ["Colour"] = "red" }));

        Assert.Contains("'Colour'", fault.Message);
    }

    [Fact]
    public void Execute_PluginSetsUndeclaredOutput_FaultsAndRollsBackItsWrites()
    {
        var fault = LocalEngine.Fault(() => service.Execute(new OrganizationRequest("dvs_Leaky")));

        Assert.Contains("'Secret'", fault.Message);
        Assert.Empty(service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void Execute_PluginThrows_FaultCarriesItsMessageAndNothingIsWritten()
    {
        var fault = LocalEngine.Fault(() => service.Execute(new OrganizationRequest("dvs_Measure") { ["Text"] = "boom" }));

        Assert.Equal(unchecked((int)0x80040265), fault.ErrorCode);
        Assert.Equal("Cannot measure boom.", fault.Message);
        Assert.Empty(service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void Execute_ApiWithoutPlugin_ReturnsNoValues()
    {
        Assert.Empty(service.Execute(new OrganizationRequest("dvs_Nothing")).Results);
    }

    [Fact]
    public void Execute_UnregisteredApi_FaultsUnsupported()
    {
        Assert.Contains("dvs_Measure", LocalEngine.Fault(() => engine.Service.Execute(new OrganizationRequest("dvs_Measure") { ["Text"] = "x" })).Message);
    }

    [Fact]
    public void RegisterCustomApi_TypeThatIsNotAPlugin_Throws()
    {
        Assert.Throws<ArgumentException>(() => MessageHandlerRegistry.CreateDefault().RegisterCustomApi(new CustomApiDefinition("dvs_Bad") { PluginType = typeof(string) }));
    }
}

/// <summary>Measures Text (times Times); writes an account first, then refuses "boom", so a fault must roll the write back.</summary>
public sealed class MeasurePlugin : IPlugin
{
    public static int LastStage { get; private set; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        LastStage = context.Stage;
        var text = (string)context.InputParameters["Text"]!;
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
        if (text == "boom")
        {
            service.Create(new Entity("account") { ["name"] = "Written before the fault" });
            throw new InvalidPluginExecutionException("Cannot measure boom.");
        }

        var times = context.InputParameters.TryGetValue("Times", out var value) && value is int count ? count : 1;
        context.OutputParameters["Length"] = text.Length * times;
        context.OutputParameters["Depth"] = context.Depth;
    }
}

/// <summary>Writes an account and then sets an output the API does not declare.</summary>
public sealed class LeakyPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
        service.Create(new Entity("account") { ["name"] = "Leaked" });
        context.OutputParameters["Secret"] = "value";
    }
}
