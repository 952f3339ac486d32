using System.ServiceModel;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Service;

/// <summary>A fresh in-memory engine for one test: database, service acting as a user, and a fixed clock.</summary>
internal sealed class LocalEngine : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public LocalEngine()
    {
        Database = LocalDatabase.OpenInMemory(LocalMetadata.Default);
        Clock = new ManualClock(Start);
        UserId = Guid.NewGuid();
        Service = new LocalOrganizationService(Database, UserId, clock: Clock);
    }

    public LocalDatabase Database { get; }

    public LocalOrganizationService Service { get; }

    public ManualClock Clock { get; }

    public Guid UserId { get; }

    public static OrganizationServiceFault Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action).Detail;

    public Guid CreateAccount(string name = "Contoso") => Service.Create(new Entity("account") { ["name"] = name });

    public Guid CreateOpportunity(string name = "Big deal", Guid? account = null) =>
        Service.Create(new Entity("opportunity")
        {
            ["name"] = name,
            ["customerid"] = new EntityReference("account", account ?? CreateAccount()),
        });

    public void Dispose() => Database.Dispose();
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
