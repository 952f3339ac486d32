using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Storage;

/// <summary>LocalDatabase.InTransaction: many requests committed as one, and the database's identity.</summary>
public sealed class LocalDatabaseTransactionTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void InTransaction_ManyRequests_CommitTogether()
    {
        using var org = Open("many.db");

        org.Database.InTransaction(() =>
        {
            for (var i = 0; i < 1500; i++)
            {
                org.SystemService.Create(new Entity("account") { ["name"] = $"Account {i}" });
            }

            return 0;
        });

        Assert.Equal(1500, Count(org));
    }

    [Fact]
    public void InTransaction_WorkFailsAfterManyRequests_LeavesNothing()
    {
        using var org = Open("failing.db");

        Assert.Throws<InvalidDataException>(() => org.Database.InTransaction<int>(() =>
        {
            for (var i = 0; i < 1500; i++)
            {
                org.SystemService.Create(new Entity("account") { ["name"] = $"Account {i}" });
            }

            throw new InvalidDataException("the 1,501st record is bad");
        }));

        Assert.Equal(0, Count(org));
        Assert.Null(org.Database.CurrentTransaction);
    }

    [Fact]
    public void InTransaction_WorkSwallowsAFailedRequest_CommitsNothing()
    {
        using var org = Open("swallowed.db");

        var error = Assert.Throws<InvalidOperationException>(() => org.Database.InTransaction(() =>
        {
            org.SystemService.Create(new Entity("account") { ["name"] = "Kept?" });
            try
            {
                org.SystemService.Delete("account", Guid.NewGuid());
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
            {
                // Carrying on after a failed request: the transaction can then only roll back.
            }

            return 0;
        }));

        Assert.Contains("nothing was committed", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Count(org));
    }

    [Fact]
    public void InTransaction_WhileAnotherRuns_IsRefused()
    {
        using var org = Open("nested.db");

        Assert.Throws<InvalidOperationException>(() => org.Database.InTransaction(() => org.Database.InTransaction(() => 0)));
    }

    [Fact]
    public void ReadDatabaseId_SameFileReopened_IsTheSameAndAnotherFileDiffers()
    {
        Guid? first;
        using (var org = Open("one.db"))
        {
            first = org.Database.ReadDatabaseId();
        }

        using var again = Open("one.db");
        using var other = Open("two.db");

        Assert.NotNull(first);
        Assert.Equal(first, again.Database.ReadDatabaseId());
        Assert.NotEqual(first, other.Database.ReadDatabaseId());
    }

    [Fact]
    public void ReadDatabaseId_AnotherDatabaseCopiedIntoTheOpenFile_ReadsTheCopysId()
    {
        using var watched = Open("watched.db");
        using var replacement = Open("replacement.db");
        var before = watched.Database.ReadDatabaseId();

        using (var source = SqliteProbe.OpenRaw(folder.File("replacement.db")))
        using (var target = SqliteProbe.OpenRaw(folder.File("watched.db")))
        {
            source.BackupDatabase(target);
        }

        Assert.NotEqual(before, watched.Database.ReadDatabaseId());
        Assert.Equal(replacement.Database.ReadDatabaseId(), watched.Database.ReadDatabaseId());
    }

    private LocalOrganization Open(string name) =>
        LocalOrganization.Open(folder.File(name), new LocalOrganizationOptions { EnforceSecurity = false, Database = new LocalDatabaseOptions { BusyTimeout = TimeSpan.FromSeconds(1) } });

    private static int Count(LocalOrganization org) =>
        org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet(false) }).Entities.Count;
}
