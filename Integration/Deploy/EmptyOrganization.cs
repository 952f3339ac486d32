using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Deploy;

/// <summary>
/// A fresh organization in memory as a new environment is before anything is imported: the standard tables only
/// (none of the package's), a root business unit and one administrator (System Administrator), security enforced,
/// system jobs run in the background, and solution zips imported through the packer. `serve --empty` serves one, so
/// `deploy` can be tried end to end.
/// </summary>
public static class EmptyOrganization
{
    /// <summary>The administrator's systemuserid, the same in every empty organization.</summary>
    public static readonly Guid AdministratorId = new("d5a3f0c1-7b2e-4c8d-9e61-0f4b2a7c9e10");

    public static LocalOrganization Create(TimeSpan asyncPollInterval)
    {
        var organization = LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            Catalog = LocalMetadata.StandardOnly(),
            SolutionPackageReader = SolutionPackages.Instance,
            RunAsyncJobsInBackground = true,
            AsyncPollInterval = asyncPollInterval,
        });
        try
        {
            var system = organization.SystemService;
            var root = system.Create(new Entity("businessunit") { ["name"] = "Root" });
            AddUser(organization, AdministratorId, "Administrator", root, "System Administrator");
            return organization;
        }
        catch
        {
            organization.Dispose();
            throw;
        }
    }

    /// <summary>Adds a user in <paramref name="businessUnit"/> holding the roles named (none: a user who may do nothing).</summary>
    public static Guid AddUser(LocalOrganization organization, Guid id, string name, Guid businessUnit, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var system = organization.SystemService;
        system.Create(new Entity("systemuser", id)
        {
            ["lastname"] = name,
            ["domainname"] = name.Replace(' ', '.') + "@empty.local",
            ["businessunitid"] = new EntityReference("businessunit", businessUnit),
        });
        foreach (var role in roles)
        {
            var roleId = system.Create(new Entity("role") { ["name"] = role, ["businessunitid"] = new EntityReference("businessunit", businessUnit) });
            system.Associate("systemuser", id, new Relationship("systemuserroles_association"), [new EntityReference("role", roleId)]);
        }

        return id;
    }
}
