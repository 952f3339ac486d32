using DataverseSharing.LocalDataverse.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.Integration.Demo;

/// <summary>
/// The demo's security: role rows for the roles LocalDataverse knows (ids from its role catalog, so the engine
/// resolves them when it enforces security), each user's roles by job, and each sales unit's team members.
/// </summary>
public static class DemoSecurity
{
    private static readonly Dictionary<string, string[]> RolesByJob = new(StringComparer.Ordinal)
    {
        ["Administrator"] = new[] { "System Administrator", "Practice Administrator" },
        ["Approver"] = new[] { "Sales Manager", "Practice Approver" },
        ["Manager"] = new[] { "Sales Manager", "Practice Contributor" },
        ["Rep"] = new[] { "Salesperson", "Practice Contributor" },
    };

    /// <summary>The role rows and the administrator's roles: part of every org the console creates.</summary>
    public static IEnumerable<OrganizationRequest> Foundation()
    {
        var catalog = RoleCatalog.Default;
        foreach (var name in RolesByJob.Values.SelectMany(r => r).Distinct(StringComparer.Ordinal))
        {
            var role = catalog.Get(name);
            yield return new CreateRequest
            {
                Target = new Entity("role", role.Id)
                {
                    ["name"] = role.Name,
                    ["businessunitid"] = new EntityReference("businessunit", DemoPeople.RootBusinessUnitId),
                },
            };
        }

        yield return Associate("systemuser", DemoPeople.AdministratorId, "systemuserroles_association", RolesOf("Administrator"));
    }

    /// <summary>The other users' roles and the sales teams' members.</summary>
    public static IEnumerable<OrganizationRequest> Requests(DemoOrg org)
    {
        foreach (var user in org.Users.Where(u => u.Id != DemoPeople.AdministratorId))
        {
            yield return Associate("systemuser", user.Id, "systemuserroles_association", RolesOf(user.Role));
        }

        foreach (var team in org.Teams)
        {
            yield return Associate("team", team.Id, "teammembership_association",
                new EntityReferenceCollection(team.MemberIds.Select(id => new EntityReference("systemuser", id)).ToList()));
        }
    }

    private static EntityReferenceCollection RolesOf(string job) =>
        new(RolesByJob[job].Select(n => new EntityReference("role", RoleCatalog.Default.Get(n).Id)).ToList());

    private static AssociateRequest Associate(string table, Guid id, string relationship, EntityReferenceCollection related) => new()
    {
        Target = new EntityReference(table, id),
        Relationship = new Relationship(relationship),
        RelatedEntities = related,
    };
}
