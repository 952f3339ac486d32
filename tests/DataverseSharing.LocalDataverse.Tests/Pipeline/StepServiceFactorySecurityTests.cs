using System.ServiceModel;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Tests.Security.Enforcement;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline;

/// <summary>
/// A plug-in's IOrganizationServiceFactory under real security: a service for a user acts as that user with that
/// user's privileges, null is SYSTEM, Guid.Empty is the step's user (its run-as user, else the caller). The
/// account is created by an admin; the plug-in then writes through the service it asked for.
/// </summary>
public sealed class StepServiceFactorySecurityTests
{
    private static readonly Guid Admin = SecuredOrg.UserIdOf("Admin");
    private static readonly Guid Rep = SecuredOrg.UserIdOf("Rep");
    private static readonly Guid Nobody = SecuredOrg.UserIdOf("Nobody");

    [Theory]
    [InlineData("Nobody", false)]
    [InlineData("Rep", true)]
    [InlineData("Admin", true)]
    public void CreateOrganizationService_ForUser_WritesWithThatUsersPrivileges(string user, bool allowed)
    {
        var id = SecuredOrg.UserIdOf(user);
        using var org = new SecuredOrg(Options(Step($"{id:D};contact;lastname")));

        var outcome = Record.Exception(() => org.As(Admin).Create(new Entity("account") { ["name"] = "Contoso" }));

        AssertOutcome(org, allowed, outcome, "contact", "lastname", "prvCreateContact", expectedCreator: id);
    }

    [Theory]
    [InlineData("Nobody")]
    [InlineData("Rep")]
    public void CreateOrganizationService_ForUser_APrivilegeTheUserLacksIsRefusedEvenWhenTheCallerHasIt(string user)
    {
        // Salespeople may not create business units; the admin who started the operation may.
        using var org = new SecuredOrg(Options(Step($"{SecuredOrg.UserIdOf(user):D};businessunit;name")));

        var outcome = Record.Exception(() => org.As(Admin).Create(new Entity("account") { ["name"] = "Contoso" }));

        AssertOutcome(org, allowed: false, outcome, "businessunit", "name", "prvCreateBusinessUnit", expectedCreator: null);
    }

    [Fact]
    public void CreateOrganizationService_Null_ActsAsSystemWhateverTheCaller()
    {
        using var org = new SecuredOrg(Options(Step("null;businessunit;name")));

        var outcome = Record.Exception(() => org.As(Rep).Create(new Entity("account") { ["name"] = "Contoso" }));

        AssertOutcome(org, allowed: true, outcome, "businessunit", "name", string.Empty, expectedCreator: LocalOrganizationService.SystemUserId);
    }

    [Theory]
    [InlineData("Nobody", false)]
    [InlineData("Rep", true)]
    [InlineData("Admin", true)]
    public void CreateOrganizationService_EmptyWithRunAsUser_ActsAsTheStepsRunAsUser(string runAs, bool allowed)
    {
        var runAsId = SecuredOrg.UserIdOf(runAs);
        using var org = new SecuredOrg(Options(Step("empty;contact;lastname", runAsId)));

        var outcome = Record.Exception(() => org.As(Admin).Create(new Entity("account") { ["name"] = "Contoso" }));

        AssertOutcome(org, allowed, outcome, "contact", "lastname", "prvCreateContact", expectedCreator: runAsId);
    }

    [Fact]
    public void CreateOrganizationService_EmptyWithoutRunAsUser_ActsAsTheCaller()
    {
        using var org = new SecuredOrg(Options(Step("empty;contact;lastname")));

        org.As(Rep).Create(new Entity("account") { ["name"] = "Contoso" });

        AssertOutcome(org, allowed: true, outcome: null, "contact", "lastname", string.Empty, expectedCreator: Rep);
    }

    [Fact]
    public void CreateOrganizationService_RunAsNobodyButCallerIsAdmin_TheCallersPrivilegesDoNotLeakIn()
    {
        // The step runs as Nobody; asking for the caller's (the initiating user's) service still works as the admin.
        using var org = new SecuredOrg(Options(Step($"{Admin:D};contact;lastname", Nobody)));

        org.As(Admin).Create(new Entity("account") { ["name"] = "Contoso" });

        AssertOutcome(org, allowed: true, outcome: null, "contact", "lastname", string.Empty, expectedCreator: Admin);
    }

    private static void AssertOutcome(SecuredOrg org, bool allowed, Exception? outcome, string table, string column, string privilege, Guid? expectedCreator)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(column, "createdby") };
        query.Criteria.AddCondition(column, ConditionOperator.Like, "%-%-%-%-%");
        var written = org.Org.SystemService.RetrieveMultiple(query).Entities;
        if (allowed)
        {
            Assert.Null(outcome);
            Assert.Equal(expectedCreator, Assert.Single(written).GetAttributeValue<EntityReference>("createdby")?.Id);
            return;
        }

        var fault = Assert.IsType<FaultException<OrganizationServiceFault>>(outcome);
        Assert.Contains(privilege, fault.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(written);

        // The account the admin created is rolled back with the plug-in's refused write.
        Assert.Empty(org.Org.SystemService.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    private static LocalOrganizationOptions Options(StepDefinition step) => new() { Steps = [step] };

    private static StepDefinition Step(string configuration, Guid? runAs = null) => new()
    {
        Id = Guid.NewGuid(),
        PluginType = typeof(ImpersonatedWritePlugin),
        Message = "Create",
        Table = "account",
        Stage = StepStage.PostOperation,
        UnsecureConfiguration = configuration,
        RunAsUserId = runAs,
    };
}
