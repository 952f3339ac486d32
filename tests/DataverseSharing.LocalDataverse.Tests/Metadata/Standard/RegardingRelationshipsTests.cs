using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Standard;

/// <summary>
/// Activities and notes regarding an opportunity, a lead or a case (and an account's phone calls, appointments and
/// notes) follow their parent as the reference documents (Parental): deleted with it, assigned with it.
/// </summary>
public sealed class RegardingRelationshipsTests
{
    private static readonly LocalOrganizationOptions NoSecurity = new() { EnforceSecurity = false };

    [Theory]
    [InlineData("Opportunity_Tasks", "opportunity", "task", "regardingobjectid")]
    [InlineData("Opportunity_Annotation", "opportunity", "annotation", "objectid")]
    [InlineData("Lead_Phonecalls", "lead", "phonecall", "regardingobjectid")]
    [InlineData("Incident_Appointments", "incident", "appointment", "regardingobjectid")]
    [InlineData("Incident_Emails", "incident", "email", "regardingobjectid")]
    [InlineData("Account_Annotation", "account", "annotation", "objectid")]
    public void Relationship_Documented_IsParental(string name, string referenced, string referencing, string attribute)
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);

        var relationship = Assert.IsType<LocalDataverse.Metadata.OneToManyRelationshipDefinition>(organization.Database.Catalog.FindRelationship(name));

        Assert.Equal((referenced, referencing, attribute), (relationship.ReferencedEntity, relationship.ReferencingEntity, relationship.ReferencingAttribute));
        Assert.Equal(LocalDataverse.Metadata.CascadeConfiguration.Parental, relationship.Cascade);
    }

    [Fact]
    public void Delete_Opportunity_DeletesTheActivitiesAndNotesRegardingIt()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var deal = new EntityReference("opportunity", service.Create(new Entity("opportunity") { ["name"] = "Fabrikam renewal" }));
        var other = new EntityReference("opportunity", service.Create(new Entity("opportunity") { ["name"] = "Contoso expansion" }));
        service.Create(new Entity("task") { ["subject"] = "Send proposal", ["regardingobjectid"] = deal });
        service.Create(new Entity("phonecall") { ["subject"] = "Discovery", ["regardingobjectid"] = deal });
        service.Create(new Entity("annotation") { ["subject"] = "Budget", ["objectid"] = deal });
        var kept = service.Create(new Entity("task") { ["subject"] = "Other deal", ["regardingobjectid"] = other });

        service.Delete("opportunity", deal.Id);

        Assert.Equal([kept], Ids(service, "task"));
        Assert.Empty(Ids(service, "phonecall"));
        Assert.Empty(Ids(service, "annotation"));
        Assert.Equal([kept], Ids(service, "activitypointer"));
    }

    [Fact]
    public void Assign_Lead_AssignsTheTasksRegardingIt()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var unit = service.Create(new Entity("businessunit") { ["name"] = "Sales" });
        var user = service.Create(new Entity("systemuser") { ["lastname"] = "Rivera", ["domainname"] = "rivera@contoso.test", ["businessunitid"] = new EntityReference("businessunit", unit) });
        var lead = new EntityReference("lead", service.Create(new Entity("lead") { ["lastname"] = "Doe", ["subject"] = "Interested in CRM" }));
        var task = service.Create(new Entity("task") { ["subject"] = "Qualify", ["regardingobjectid"] = lead });

        service.Execute(new AssignRequest { Target = lead, Assignee = new EntityReference("systemuser", user) });

        Assert.Equal(user, service.Retrieve("task", task, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid")?.Id);
    }

    private static List<Guid> Ids(IOrganizationService service, string table) =>
        [.. service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Select(e => e.Id)];
}
