using DataverseSharing.LocalDataverse.Security;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Security.Enforcement;

/// <summary>
/// An organization with security on: Root, Sales EU (under Root) with Sales EU North (under Sales EU), and
/// Sales US; a rep and a second rep in EU North, a manager of Sales EU, a rep in Sales US, an admin at Root,
/// and a user with no role. Rows are created as SYSTEM.
/// </summary>
internal sealed class SecuredOrg : IDisposable
{
    public SecuredOrg(LocalOrganizationOptions? options = null)
    {
        Org = LocalOrganization.CreateInMemory(options);
        Root = Unit("Root", null);
        SalesEu = Unit("Sales EU", Root);
        EuNorth = Unit("Sales EU North", SalesEu);
        SalesUs = Unit("Sales US", Root);
        Rep = User("Rep", EuNorth, StandardRoles.Salesperson);
        OtherRep = User("Other Rep", EuNorth, StandardRoles.Salesperson);
        Manager = User("Manager", SalesEu, StandardRoles.SalesManager);
        UsRep = User("US Rep", SalesUs, StandardRoles.Salesperson);
        Admin = User("Admin", Root, StandardRoles.SystemAdministrator);
        NoRole = User("Nobody", EuNorth, []);
    }

    public LocalOrganization Org { get; }

    public Guid Root { get; }

    public Guid SalesEu { get; }

    public Guid EuNorth { get; }

    public Guid SalesUs { get; }

    public Guid Rep { get; }

    public Guid OtherRep { get; }

    public Guid Manager { get; }

    public Guid UsRep { get; }

    public Guid Admin { get; }

    public Guid NoRole { get; }

    public IOrganizationService As(Guid user) => Org.ServiceAs(user);

    /// <summary>Another user in <paramref name="unit"/> holding <paramref name="roles"/>.</summary>
    public Guid AddUser(string name, Guid unit, params SecurityRole[] roles) => User(name, unit, roles);

    public Guid OpportunityOf(Guid user, string name) =>
        As(user).Create(new Entity("opportunity") { ["name"] = name });

    public void Dispose() => Org.Dispose();

    private Guid Unit(string name, Guid? parent)
    {
        var unit = new Entity("businessunit") { ["name"] = name };
        if (parent is { } p)
        {
            unit["parentbusinessunitid"] = new EntityReference("businessunit", p);
        }

        return Org.SystemService.Create(unit);
    }

    private Guid User(string name, Guid unit, SecurityRole role) => User(name, unit, [role]);

    private Guid User(string name, Guid unit, SecurityRole[] roles)
    {
        var user = Org.SystemService.Create(new Entity("systemuser")
        {
            ["lastname"] = name,
            ["domainname"] = name.Replace(' ', '.') + "@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", unit),
        });
        foreach (var role in roles)
        {
            var roleId = Org.SystemService.Create(new Entity("role")
            {
                ["name"] = role.Name,
                ["businessunitid"] = new EntityReference("businessunit", unit),
            });
            Org.SystemService.Associate("systemuser", user, new Relationship("systemuserroles_association"), new EntityReferenceCollection { new EntityReference("role", roleId) });
        }

        return user;
    }
}
