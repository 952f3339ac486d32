using System.ServiceModel;
using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.PacTemplate;

/// <summary>A plug-in in the `pac plugin init` shape, registered on account Create, Update and Delete with images.</summary>
public sealed class PacTemplateTests
{
    private static readonly Guid Caller = new("d0000000-0000-0000-0000-0000000000c1");
    private static readonly Guid RunAs = new("d0000000-0000-0000-0000-0000000000c2");

    [Fact]
    public void AccountAudit_CreateUpdateDelete_EachRunSeesConfigurationImagesAndAuthenticatedUser()
    {
        using var org = Organization();
        var service = org.ServiceAs(Caller);

        var id = service.Create(new Entity("account") { ["name"] = "Contoso" });
        service.Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });
        service.Delete("account", id);

        var audits = Audits(org, id);
        Assert.Equal(
            [
                $"audit/secret|Create|-->Contoso|{Caller}|1",
                $"audit/secret|Update|Contoso->Contoso Ltd|{Caller}|1",
                $"audit/secret|Delete|Contoso Ltd->-|{Caller}|1",
            ],
            audits.Select(a => a.GetAttributeValue<string>("description")));
    }

    [Fact]
    public void AccountAudit_PluginUserService_ActsAsTheStepsRunAsUser()
    {
        using var org = Organization();

        var id = org.ServiceAs(Caller).Create(new Entity("account") { ["name"] = "Contoso" });

        var audit = Assert.Single(Audits(org, id));
        Assert.Equal(RunAs, audit.GetAttributeValue<EntityReference>("createdby")?.Id);
    }

    [Fact]
    public void AccountAudit_Logger_EntryAndMessageLinesInTheTraceLog()
    {
        using var org = Organization();

        var id = org.ServiceAs(Caller).Create(new Entity("account") { ["name"] = "Contoso" });

        var lines = org.Pipeline.TraceLog.Entries.Select(e => e.Text).ToList();
        Assert.Contains($"Information: {typeof(AccountAuditPlugin).FullName} entered", lines);
        Assert.Contains($"Information: Create of account {id}", lines);
        Assert.Contains(lines, l => l.StartsWith("[Execute] Exiting ", StringComparison.Ordinal));
    }

    [Fact]
    public void AccountAudit_ServiceCallFaults_BaseClassRethrowsAsPluginExceptionAndNothingIsWritten()
    {
        // "description" longer than the column allows makes the audit Create fault inside the plug-in.
        using var org = Organization(unsecure: new string('x', 3000));

        var ex = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.ServiceAs(Caller).Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.StartsWith("OrganizationServiceFault: ", ex.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(org.SystemService.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Contains(org.Pipeline.TraceLog.Entries, e => e.Text.StartsWith("Error: ", StringComparison.Ordinal));
    }

    private static List<Entity> Audits(LocalOrganization org, Guid accountId)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("description", "createdby", "createdon") };
        query.Criteria.AddCondition("lastname", ConditionOperator.Equal, accountId.ToString("D"));
        var rows = org.SystemService.RetrieveMultiple(query).Entities.ToList();
        string[] order = ["Create", "Update", "Delete"];
        return rows.OrderBy(r => Array.FindIndex(order, m => r.GetAttributeValue<string>("description")?.Contains($"|{m}|", StringComparison.Ordinal) == true)).ToList();
    }

    private static LocalOrganization Organization(string unsecure = "audit")
    {
        StepDefinition Step(string message, params StepImageDefinition[] images) => new()
        {
            Id = Guid.NewGuid(),
            PluginType = typeof(AccountAuditPlugin),
            Message = message,
            Table = "account",
            Stage = StepStage.PostOperation,
            Images = images,
            UnsecureConfiguration = unsecure,
            SecureConfiguration = "s3cret",
            RunAsUserId = RunAs,
        };

        var pre = new StepImageDefinition { Alias = "pre", Kind = StepImageKind.PreImage, Attributes = ["name"] };
        var post = new StepImageDefinition { Alias = "post", Kind = StepImageKind.PostImage, Attributes = ["name"] };
        return LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            Steps = [Step("Create", post), Step("Update", pre, post), Step("Delete", pre)],
            EnforceSecurity = false,
        });
    }
}
