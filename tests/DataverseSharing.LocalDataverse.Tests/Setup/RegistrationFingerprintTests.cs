using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Storage;
using DataverseSharing.LocalDataverse.Tests.Pipeline.Registration;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Setup;

/// <summary>
/// The fingerprint that lets an up-to-date file skip reading its registration rows back: stored with the rows, and
/// never trusted once someone else changed them through a service, or once other rows are given.
/// </summary>
public sealed class RegistrationFingerprintTests : IDisposable
{
    private static readonly Guid StepId = new("c3000000-0000-0000-0000-000000000001");
    private static readonly Guid OtherStepId = new("c3000000-0000-0000-0000-000000000002");

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Open_NewFile_FingerprintStoredWithTheRows()
    {
        var path = folder.File("org.db");
        using (LocalOrganization.Open(path, Options(Step(StepId))))
        {
        }

        Assert.NotNull(Stored(path));
    }

    [Fact]
    public void Open_StepUpdatedThroughServiceByAnAdmin_RowCorrectedOnReopen()
    {
        var path = folder.File("org.db");
        using (var org = LocalOrganization.Open(path, Options(Step(StepId) with { Rank = 4 })))
        {
            org.SystemService.Update(new Entity("sdkmessageprocessingstep", StepId) { ["rank"] = 9 });
        }

        using var reopened = LocalOrganization.Open(path, Options(Step(StepId) with { Rank = 4 }));

        Assert.Equal(4, reopened.SystemService.Retrieve("sdkmessageprocessingstep", StepId, new ColumnSet("rank"))["rank"]);
    }

    [Fact]
    public void Open_ImageDeletedThroughService_RowWrittenAgainOnReopen()
    {
        var path = folder.File("org.db");
        var options = Options(Step(StepId) with { Images = [new StepImageDefinition { Alias = "before", Kind = StepImageKind.PreImage }] });
        using (var org = LocalOrganization.Open(path, options))
        {
            var image = Assert.Single(org.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstepimage")).Entities);
            org.SystemService.Delete("sdkmessageprocessingstepimage", image.Id);
        }

        using var reopened = LocalOrganization.Open(path, options);

        Assert.Single(reopened.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstepimage")).Entities);
    }

    [Fact]
    public void Open_StepCreatedThroughServiceThatNoOpenGave_RemovedOnReopen()
    {
        var path = folder.File("org.db");
        using (var org = LocalOrganization.Open(path, Options(Step(StepId))))
        {
            var given = org.SystemService.Retrieve("sdkmessageprocessingstep", StepId, new ColumnSet("plugintypeid", "sdkmessageid"));
            org.SystemService.Create(new Entity("sdkmessageprocessingstep", OtherStepId)
            {
                ["name"] = "added by hand",
                ["plugintypeid"] = given["plugintypeid"],
                ["sdkmessageid"] = given["sdkmessageid"],
                ["stage"] = new OptionSetValue(40),
                ["mode"] = new OptionSetValue(0),
                ["rank"] = 1,
            });
        }

        using var reopened = LocalOrganization.Open(path, Options(Step(StepId)));

        Assert.Equal([StepId], reopened.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstep")).Entities.Select(s => s.Id));
    }

    [Fact]
    public void Open_RunAsUserCreatedAfterTheFirstOpen_LookupWrittenOnReopen()
    {
        var path = folder.File("org.db");
        var user = new Guid("c3000000-0000-0000-0000-0000000000aa");
        var options = Options(Step(StepId) with { RunAsUserId = user });
        using (var org = LocalOrganization.Open(path, options))
        {
            var unit = org.SystemService.Create(new Entity("businessunit") { ["name"] = "Ops" });
            org.SystemService.Create(new Entity("systemuser", user)
            {
                ["lastname"] = "Runner",
                ["domainname"] = "runner@contoso.test",
                ["businessunitid"] = new EntityReference("businessunit", unit),
            });
        }

        using var reopened = LocalOrganization.Open(path, options);

        var step = reopened.SystemService.Retrieve("sdkmessageprocessingstep", StepId, new ColumnSet("impersonatinguserid"));
        Assert.Equal(user, step.GetAttributeValue<EntityReference>("impersonatinguserid")?.Id);
    }

    [Fact]
    public void Open_FileWithoutFingerprint_RowsComparedAndFingerprintRecorded()
    {
        var path = folder.File("org.db");
        using (LocalOrganization.Open(path, Options(Step(StepId) with { Rank = 4 })))
        {
        }

        // A file an older version wrote: no fingerprint, and a row that differs from what is given.
        Sql(path, "DELETE FROM __localdataverse_schema WHERE key = 'registrations'; UPDATE sdkmessageprocessingstep SET rank = 9;");

        using (var reopened = LocalOrganization.Open(path, Options(Step(StepId) with { Rank = 4 })))
        {
            Assert.Equal(4, reopened.SystemService.Retrieve("sdkmessageprocessingstep", StepId, new ColumnSet("rank"))["rank"]);
        }

        Assert.NotNull(Stored(path));
    }

    [Fact]
    public void Open_UpToDateFileWithoutFingerprintWhileAnotherProcessWrites_OpensWithoutWaiting()
    {
        var path = folder.File("org.db");
        using (LocalOrganization.Open(path, Options(Step(StepId))))
        {
        }

        Sql(path, "DELETE FROM __localdataverse_schema WHERE key = 'registrations';");
        using (var writer = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            writer.Open();
            using var held = writer.BeginTransaction(deferred: false);
            using var reopened = LocalOrganization.Open(path, Options(Step(StepId)) with { Database = new LocalDatabaseOptions { BusyTimeout = TimeSpan.FromSeconds(1) } });

            Assert.Single(reopened.SystemService.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstep")).Entities);
        }

        // Not recorded while the lock was taken; the next open records it.
        Assert.Null(Stored(path));
        using (LocalOrganization.Open(path, Options(Step(StepId))))
        {
        }

        Assert.NotNull(Stored(path));
    }

    [Fact]
    public void Open_OtherStepsGivenThanTheFingerprintSays_RowsWritten()
    {
        var path = folder.File("org.db");
        using (LocalOrganization.Open(path, Options(Step(StepId))))
        {
        }

        var first = Stored(path);
        using (var reopened = LocalOrganization.Open(path, Options(Step(StepId) with { Stage = StepStage.PostOperation })))
        {
            Assert.Equal(40, reopened.SystemService.Retrieve("sdkmessageprocessingstep", StepId, new ColumnSet("stage")).GetAttributeValue<OptionSetValue>("stage")!.Value);
        }

        Assert.NotEqual(first, Stored(path));
    }

    private static string? Stored(string path)
    {
        using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        raw.Open();
        using var command = raw.CreateCommand();
        command.CommandText = "SELECT value FROM __localdataverse_schema WHERE key = 'registrations';";
        return command.ExecuteScalar() as string;
    }

    private static void Sql(string path, string sql)
    {
        using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        raw.Open();
        using var command = raw.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static StepDefinition Step(Guid id) =>
        new() { Id = id, PluginType = typeof(RecordingPlugin), Message = "Update", Table = "account", Stage = StepStage.PreOperation };

    private static LocalOrganizationOptions Options(params StepDefinition[] steps) =>
        new() { Steps = steps, Catalog = RegistrationCatalog.Value, EnforceSecurity = false };
}
