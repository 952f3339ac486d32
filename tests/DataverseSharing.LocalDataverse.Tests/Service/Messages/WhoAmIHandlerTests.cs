using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class WhoAmIHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Execute_UserWithRow_ReturnsUserBusinessUnitAndOrganization()
    {
        var unit = engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales" });
        engine.Service.Create(new Entity("systemuser", engine.UserId) { ["lastname"] = "Doe", ["domainname"] = "doe@contoso.com", ["businessunitid"] = new EntityReference("businessunit", unit) });

        var response = (WhoAmIResponse)engine.Service.Execute(new WhoAmIRequest());

        Assert.Equal(engine.UserId, response.UserId);
        Assert.Equal(unit, response.BusinessUnitId);
        Assert.Equal(engine.Database.ReadDatabaseId(), response.OrganizationId);
    }

    [Fact]
    public void Execute_UserWithoutRow_ReturnsEmptyBusinessUnit()
    {
        var response = (WhoAmIResponse)engine.Service.Execute(new WhoAmIRequest());

        Assert.Equal(engine.UserId, response.UserId);
        Assert.Equal(Guid.Empty, response.BusinessUnitId);
    }

    [Fact]
    public void Execute_GenericRequest_ReturnsTheSameResults()
    {
        var response = engine.Service.Execute(new OrganizationRequest("WhoAmI"));

        Assert.Equal(engine.UserId, response["UserId"]);
        Assert.Equal(Guid.Empty, response["BusinessUnitId"]);
        Assert.Equal(engine.Database.ReadDatabaseId(), response["OrganizationId"]);
    }

    [Fact]
    public void Execute_PipelineWithOwnOrganization_ReturnsThatOrganization()
    {
        var organization = Guid.NewGuid();
        var service = new DataverseSharing.LocalDataverse.Service.LocalOrganizationService(engine.Database, engine.UserId, pipeline: new PluginPipeline([], organization));

        Assert.Equal(organization, ((WhoAmIResponse)service.Execute(new WhoAmIRequest())).OrganizationId);
    }

    [Fact]
    public void Execute_TwoOrganizationsWithoutSteps_EachReportsItsOwnOrganizationId()
    {
        using var first = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });
        using var second = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });

        var firstId = ((WhoAmIResponse)first.SystemService.Execute(new WhoAmIRequest())).OrganizationId;
        var secondId = ((WhoAmIResponse)second.SystemService.Execute(new WhoAmIRequest())).OrganizationId;

        Assert.Equal(first.Database.ReadDatabaseId(), firstId);
        Assert.Equal(second.Database.ReadDatabaseId(), secondId);
        Assert.NotEqual(firstId, secondId);
    }
}
