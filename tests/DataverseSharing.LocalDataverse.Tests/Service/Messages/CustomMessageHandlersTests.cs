using System.ServiceModel;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Tests.Pipeline;
using DataverseSharing.LocalDataverse.Tests.Security.Enforcement;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public class CustomMessageHandlersTests
{
    private const string CountMessage = "contoso_CountAccounts";

    [Fact]
    public void Execute_CustomMessage_RunsTheHandlerAndTheStepsOnIt()
    {
        Recorder.Reset();
        using var org = new SecuredOrg(Options(new CountAccounts()));
        org.Org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });

        var response = org.Org.SystemService.Execute(new OrganizationRequest(CountMessage));

        Assert.Equal(1, response["Count"]);
        var seen = Assert.Single(Recorder.Calls, c => c.Plugin == nameof(CountStepPlugin));
        Assert.Equal(CountMessage, seen.Context.MessageName);
    }

    [Fact]
    public void Execute_CustomMessageByUserWithNoRoles_IsRefused()
    {
        using var org = new SecuredOrg(Options(new CountAccounts()));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.As(org.NoRole).Execute(new OrganizationRequest(CountMessage)));

        Assert.Contains("prvReadAccount", fault.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Execute_CustomMessageByUserWithThePrivilege_IsAllowed()
    {
        using var org = new SecuredOrg(Options(new CountAccounts()));

        var response = org.As(org.Rep).Execute(new OrganizationRequest(CountMessage));

        Assert.Equal(0, response["Count"]);
    }

    [Fact]
    public void Execute_CustomMessageDeclaringNothing_IsSystemsOnly()
    {
        using var org = new SecuredOrg(Options(new CountAccounts(declared: [])));

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.As(org.Rep).Execute(new OrganizationRequest(CountMessage)));
        Assert.Equal(0, org.Org.SystemService.Execute(new OrganizationRequest(CountMessage))["Count"]);
    }

    [Theory]
    [InlineData("Create")]
    [InlineData("retrievemultiple")]
    public void CreateInMemory_HandlerNamedLikeABuiltInMessage_IsRefused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            MessageHandlers = [new CountAccounts(name: name)],
        }));

        Assert.Contains($"'{name}' is a message the engine handles itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_TwoHandlersForOneMessage_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            MessageHandlers = [new CountAccounts(), new CountAccounts()],
        }));

        Assert.Contains("MessageHandlers[1]", error.Message, StringComparison.Ordinal);
    }

    private static LocalOrganizationOptions Options(ICustomMessageHandler handler) => new()
    {
        MessageHandlers = [handler],
        Steps =
        [
            new StepDefinition
            {
                Id = new Guid("0d6b8a53-4c1e-4f7a-9e2d-6a1f3b5c7d90"),
                PluginType = typeof(CountStepPlugin),
                Message = handler.MessageName,
                Stage = StepStage.PostOperation,
            },
        ],
    };

    /// <summary>Counts the account rows the caller may read, through the context's service.</summary>
    private sealed class CountAccounts(string name = CountMessage, IReadOnlyList<CustomMessagePrivilege>? declared = null) : ICustomMessageHandler
    {
        public string MessageName => name;

        public IReadOnlyList<CustomMessagePrivilege> Privileges { get; } = declared ?? [new CustomMessagePrivilege("account", Privilege.Read)];

        public OrganizationResponse Execute(OrganizationRequest request, CustomMessageContext context)
        {
            var accounts = context.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });
            var response = new OrganizationResponse { ResponseName = MessageName };
            response["Count"] = accounts.Entities.Count;
            return response;
        }
    }
}

/// <summary>Records that a step on the custom message ran.</summary>
public sealed class CountStepPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Recorder.Add(nameof(CountStepPlugin), context);
    }
}
