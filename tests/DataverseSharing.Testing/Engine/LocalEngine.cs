using System.ServiceModel;
using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Testing.Engine;

/// <summary>
/// A fresh in-memory engine for one test: the package's tables, a service acting as a user, and a fixed clock.
/// Security is off and no steps are registered, so a test sees the message handlers alone. Built through the public
/// <see cref="LocalOrganization"/> entry point, as a user's test would.
/// </summary>
public sealed class LocalEngine : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly LocalOrganization organization;

    public LocalEngine()
    {
        Clock = new ManualClock(Start);
        UserId = Guid.NewGuid();
        organization = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false, Clock = Clock });
        Service = organization.ServiceAs(UserId);
    }

    public LocalDatabase Database => organization.Database;

    public LocalOrganizationService Service { get; }

    public ManualClock Clock { get; }

    public Guid UserId { get; }

    /// <summary>The fault <paramref name="action"/> fails with; any other outcome fails the test.</summary>
    public static OrganizationServiceFault Fault(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
        }
        catch (FaultException<OrganizationServiceFault> e)
        {
            return e.Detail;
        }

        throw new InvalidOperationException("Expected a FaultException<OrganizationServiceFault>, but the request succeeded.");
    }

    public Guid CreateAccount(string name = "Contoso") => Service.Create(new Entity("account") { ["name"] = name });

    public Guid CreateOpportunity(string name = "Big deal", Guid? account = null) =>
        Service.Create(new Entity("opportunity")
        {
            ["name"] = name,
            ["customerid"] = new EntityReference("account", account ?? CreateAccount()),
        });

    public void Dispose() => organization.Dispose();
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
