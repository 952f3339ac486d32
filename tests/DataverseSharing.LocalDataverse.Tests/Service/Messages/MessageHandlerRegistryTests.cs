using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class MessageHandlerRegistryTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Theory]
    [InlineData("Create")]
    [InlineData("Retrieve")]
    [InlineData("Update")]
    [InlineData("Delete")]
    [InlineData("Upsert")]
    [InlineData("RetrieveMultiple")]
    [InlineData("Associate")]
    [InlineData("Disassociate")]
    public void CreateDefault_CoreMessage_IsRegistered(string message)
    {
        Assert.Contains(message, MessageHandlerRegistry.CreateDefault().MessageNames);
    }

    [Fact]
    public void Register_CustomHandler_IsCalledInsideTheRequestTransaction()
    {
        var registry = MessageHandlerRegistry.CreateDefault().Register(new CreateTwoAccountsThenFail());
        var service = new LocalOrganizationService(engine.Database, engine.UserId, registry);

        Assert.Throws<InvalidOperationException>(() => service.Execute(new OrganizationRequest("dvs_CreateTwoAccountsThenFail")));

        Assert.Empty(service.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account")).Entities);
    }

    [Fact]
    public void Register_NestedRequest_JoinsTheOuterTransaction()
    {
        var registry = MessageHandlerRegistry.CreateDefault();
        var service = new LocalOrganizationService(engine.Database, engine.UserId, registry);
        registry.Register(new CreateThroughService(service));

        var response = service.Execute(new OrganizationRequest("dvs_CreateThroughService"));

        var id = (Guid)response["id"]!;
        Assert.Equal("Nested", service.Retrieve("account", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("name"))["name"]);
    }

    private sealed class CreateTwoAccountsThenFail : IMessageHandler
    {
        public string MessageName => "dvs_CreateTwoAccountsThenFail";

        public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
        {
            var create = new CreateHandler();
            create.Handle(new OrganizationRequest("Create") { ["Target"] = new Entity("account") { ["name"] = "One" } }, context);
            create.Handle(new OrganizationRequest("Create") { ["Target"] = new Entity("account") { ["name"] = "Two" } }, context);
            throw new InvalidOperationException("fails after writing");
        }
    }

    private sealed class CreateThroughService(LocalOrganizationService service) : IMessageHandler
    {
        public string MessageName => "dvs_CreateThroughService";

        public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
        {
            var response = new OrganizationResponse();
            response["id"] = service.Create(new Entity("account") { ["name"] = "Nested" });
            return response;
        }
    }
}
