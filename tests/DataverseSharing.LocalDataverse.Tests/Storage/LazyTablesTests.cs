using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Storage;

/// <summary>
/// A table's SQL table is laid out by the first write to it: until then it reads as empty, whatever the query;
/// the layout commits or rolls back with that write; and another connection to the file (another process) sees
/// the table and its rows, or adds the columns its own catalog has.
/// </summary>
public sealed class LazyTablesTests : IDisposable
{
    private static readonly LocalOrganizationOptions NoSecurity = new() { EnforceSecurity = false };
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void CreateInMemory_NewOrganization_LaysOutOnlyTheTablesItWrote()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);

        var tables = SqliteProbe.Tables(organization.Database.Connection);

        Assert.DoesNotContain("email", tables);
        Assert.DoesNotContain("dvs_bestpractice", tables);
        Assert.DoesNotContain("account", tables);
        Assert.True(tables.Count < organization.Database.Catalog.Tables.Count / 2, string.Join(", ", tables));
    }

    [Fact]
    public void Create_FirstRowOfATable_LaysOutTheTableWithItsIndexes()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);

        organization.SystemService.Create(new Entity("task") { ["subject"] = "Call back" });

        var connection = organization.Database.Connection;
        Assert.Contains("task", SqliteProbe.Tables(connection));
        var indexes = SqliteProbe.Strings(connection, "SELECT name FROM pragma_index_list('task')");
        Assert.Contains("ix_task_ownerid", indexes);
        Assert.Contains("ix_task_regardingobjectid", indexes);
    }

    [Fact]
    public void Reads_TableNeverWritten_ReadAsEmptyAndLayNothingOut()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var before = SqliteProbe.Tables(organization.Database.Connection);

        var missing = LocalEngine.Fault(() => service.Retrieve("email", Guid.NewGuid(), new ColumnSet(true)));
        var rows = service.RetrieveMultiple(new QueryExpression("email") { ColumnSet = new ColumnSet(true) });
        var count = service.RetrieveMultiple(new FetchExpression(
            "<fetch aggregate='true'><entity name='email'><attribute name='activityid' alias='n' aggregate='count' /></entity></fetch>"));
        var byKey = LocalEngine.Fault(() => service.Execute(new RetrieveRequest
        {
            Target = new EntityReference("dvs_bestpractice", "dvs_practicekey", "missing"),
            ColumnSet = new ColumnSet(false),
        }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, missing.ErrorCode);
        Assert.Empty(rows.Entities);
        Assert.Equal(0, Assert.IsType<int>(Assert.IsType<AliasedValue>(Assert.Single(count.Entities)["n"]).Value));
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, byKey.ErrorCode);
        Assert.Equal(before, SqliteProbe.Tables(organization.Database.Connection));
    }

    [Fact]
    public void RetrieveMultiple_LinksToTableNeverWritten_InnerFindsNothingOuterKeepsTheRow()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });

        QueryExpression Query(JoinOperator join)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddLink("contact", "primarycontactid", "contactid", join).Columns = new ColumnSet("fullname");
            return query;
        }

        var inner = service.RetrieveMultiple(Query(JoinOperator.Inner));
        var outer = service.RetrieveMultiple(Query(JoinOperator.LeftOuter));

        // Every column, so every lookup's name is read, some from tables never written (currency, contact).
        var whole = service.Retrieve("account", account, new ColumnSet(true));

        Assert.Empty(inner.Entities);
        Assert.Equal("Contoso", Assert.Single(outer.Entities).GetAttributeValue<string>("name"));
        Assert.Equal("Contoso", whole.GetAttributeValue<string>("name"));
        Assert.DoesNotContain("contact", SqliteProbe.Tables(organization.Database.Connection));
    }

    [Fact]
    public void Delete_RowWhoseChildTablesWereNeverWritten_LaysNoneOut()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        var before = SqliteProbe.Tables(organization.Database.Connection);

        service.Delete("account", account);

        Assert.Empty(service.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Equal(before, SqliteProbe.Tables(organization.Database.Connection));
    }

    [Fact]
    public void ExecuteTransaction_FailsAfterLayingOutATable_TheTableGoesWithItAndComesBackAtTheNextWrite()
    {
        using var organization = LocalOrganization.CreateInMemory(NoSecurity);
        var service = organization.SystemService;
        var id = Guid.NewGuid();
        var transaction = new ExecuteTransactionRequest
        {
            Requests =
            [
                new CreateRequest { Target = new Entity("task", id) { ["subject"] = "First" } },
                new CreateRequest { Target = new Entity("task", id) { ["subject"] = "Same id" } },
            ],
        };

        LocalEngine.Fault(() => service.Execute(transaction));

        Assert.DoesNotContain("task", SqliteProbe.Tables(organization.Database.Connection));
        Assert.Empty(service.RetrieveMultiple(new QueryExpression("task")).Entities);
        service.Create(new Entity("task", id) { ["subject"] = "Again" });
        Assert.Equal("Again", service.Retrieve("task", id, new ColumnSet("subject")).GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void TwoConnections_OneWritesATableTheOtherNeverSaw_TheOtherReadsAndWritesIt()
    {
        var path = folder.File("org.db");
        using var first = LocalOrganization.Open(path, NoSecurity);
        using var second = LocalOrganization.Open(path, NoSecurity);

        // The first connection reads the table while it does not exist, then the second lays it out.
        Assert.Empty(first.SystemService.RetrieveMultiple(new QueryExpression("task")).Entities);
        second.SystemService.Create(new Entity("task") { ["subject"] = "From the second" });

        var seen = first.SystemService.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("subject") });
        first.SystemService.Create(new Entity("task") { ["subject"] = "From the first" });

        Assert.Equal("From the second", Assert.Single(seen.Entities).GetAttributeValue<string>("subject"));
        Assert.Equal(2, second.SystemService.RetrieveMultiple(new QueryExpression("task")).Entities.Count);
    }

    [Fact]
    public void TwoCatalogs_AnOlderOneLaidOutTheTable_TheNewerAddsItsColumnsAtItsFirstWrite()
    {
        var path = folder.File("org.db");
        using var newer = LocalOrganization.Open(path, NoSecurity);
        using var older = LocalOrganization.Open(path, NoSecurity with { Catalog = LocalMetadata.StandardOnly() });

        // The package's catalog adds dvs_region to account; the standard one lays account out without it.
        older.SystemService.Create(new Entity("account") { ["name"] = "Laid out by the older" });
        var id = newer.SystemService.Create(new Entity("account") { ["name"] = "Fabrikam", ["dvs_region"] = "EMEA" });

        Assert.Equal("EMEA", newer.SystemService.Retrieve("account", id, new ColumnSet("dvs_region")).GetAttributeValue<string>("dvs_region"));
        Assert.Equal(2, older.SystemService.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
    }

    [Fact]
    public void Open_FileOfTheFirstLayout_IsUpgradedAndKeepsItsTables()
    {
        var path = folder.File("layout1.db");
        using (var organization = LocalOrganization.Open(path, NoSecurity))
        {
            // A file of the first layout holds every table; the version says which layout it is.
            SqliteProbe.LayOut(organization.Database);
            SqliteProbe.Execute(organization.Database.Connection, "UPDATE __localdataverse_schema SET \"value\" = '1' WHERE \"key\" = 'schemaversion'");
        }

        using var reopened = LocalOrganization.Open(path, NoSecurity);

        Assert.Equal(["2"], SqliteProbe.Strings(reopened.Database.Connection, "SELECT \"value\" FROM __localdataverse_schema WHERE \"key\" = 'schemaversion'"));
        Assert.Equal(reopened.Database.Catalog.Tables.Count, SqliteProbe.Tables(reopened.Database.Connection).Count);
        Assert.Empty(reopened.SystemService.RetrieveMultiple(new QueryExpression("email")).Entities);
    }
}
