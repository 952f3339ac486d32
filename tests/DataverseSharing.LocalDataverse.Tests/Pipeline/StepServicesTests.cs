using System.ServiceModel;
using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline;

/// <summary>The services the engine's IServiceProvider gives a plug-in beyond context, tracing and factory.</summary>
public sealed class StepServicesTests
{
    private static readonly Guid Caller = new("b0000000-0000-0000-0000-0000000000c1");
    private static readonly Guid RunAs = new("b0000000-0000-0000-0000-0000000000c2");

    [Fact]
    public void Context4_RunAsStep_AuthenticatedUserIsCallerAndImagesCollectionsHaveOneEntry()
    {
        using var org = Organization(PreCreate<ContextFourPlugin>() with { RunAsUserId = RunAs });

        var id = org.ServiceAs(Caller).Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal($"{RunAs}|{Caller}|{Guid.Empty}|False|{Guid.Empty}|1|1|True", Description(org, id));
    }

    [Fact]
    public void Logger_TemplatesAndEventId_WrittenToTheTraceLogWithLevels()
    {
        using var org = Organization(PreCreate<TelemetryPlugin>());

        org.ServiceAs(Caller).Create(new Entity("account") { ["name"] = "Contoso" });

        var lines = org.Pipeline.TraceLog.Entries.Select(e => e.Text).ToList();
        Assert.Equal(
            ["Information: Creating Contoso worth 12,345", "Warning: [7 Budget] Over 10 [tenant=contoso]", "Information: Metric accounts = 1 [tenant=contoso]"],
            lines);
        Assert.All(org.Pipeline.TraceLog.Entries, e => Assert.Equal(typeof(TelemetryPlugin).FullName, e.PluginType));
    }

    [Theory]
    [InlineData("Saw {Name}", new object[] { "x" }, "Saw x")]
    [InlineData("{A} and {B}", new object[] { 1, 2 }, "1 and 2")]
    [InlineData("{Missing} stays", new object[0], "{Missing} stays")]
    [InlineData("{{literal}} {V}", new object[] { 3 }, "{{literal}} 3")]
    [InlineData("{A} {B}", new object[] { 1 }, "1 {B}")]
    [InlineData("{D:0.00}", new object[] { 1.5 }, "1.50")]
    public void Render_Template_FillsNamedHolesInOrder(string template, object[] args, string expected)
    {
        Assert.Equal(expected, LocalPluginLogger.Render(template, args));
    }

    [Fact]
    public void ServiceEndpoint_PluginPosts_FailsNamingEndpointAndNothingIsCreated()
    {
        using var org = Organization(PreCreate<ServiceBusPlugin>());

        var ex = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.ServiceAs(Caller).Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Contains(ServiceBusPlugin.EndpointId.ToString(), ex.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("orders-bus", ex.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("no service endpoints", ex.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(org.SystemService.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void FeatureControl_NoneSetLocally_ReturnsNullAndNoType()
    {
        using var org = Organization(PreCreate<FeatureControlPlugin>());

        var id = org.ServiceAs(Caller).Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal("null|null", Description(org, id));
    }

    [Theory]
    [InlineData("null", "00000000-0000-0000-0000-0000000000a1")]
    [InlineData("empty", "b0000000-0000-0000-0000-0000000000c2")]
    [InlineData("b0000000-0000-0000-0000-0000000000c3", "b0000000-0000-0000-0000-0000000000c3")]
    public void Factory_UserIdGiven_ServiceActsAsSystemStepUserOrThatUser(string configured, string expectedCreator)
    {
        using var org = Organization(new StepDefinition
        {
            Id = Guid.NewGuid(),
            PluginType = typeof(ImpersonatingPlugin),
            Message = "Create",
            Table = "account",
            UnsecureConfiguration = configured,
            RunAsUserId = RunAs,
        });

        var id = org.ServiceAs(Caller).Create(new Entity("account") { ["name"] = "Contoso" });

        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("createdby") };
        query.Criteria.AddCondition("lastname", ConditionOperator.Equal, id.ToString("D"));
        var contact = Assert.Single(org.SystemService.RetrieveMultiple(query).Entities);
        Assert.Equal(new Guid(expectedCreator), contact.GetAttributeValue<EntityReference>("createdby")?.Id);
    }

    private static StepDefinition PreCreate<TPlugin>() => new()
    {
        Id = Guid.NewGuid(),
        PluginType = typeof(TPlugin),
        Message = "Create",
        Table = "account",
        Stage = StepStage.PreOperation,
    };

    private static string? Description(LocalOrganization org, Guid id) =>
        org.SystemService.Retrieve("account", id, new ColumnSet("description")).GetAttributeValue<string>("description");

    private static LocalOrganization Organization(StepDefinition step) =>
        LocalOrganization.CreateInMemory(new LocalOrganizationOptions { Steps = [step], EnforceSecurity = false });
}
