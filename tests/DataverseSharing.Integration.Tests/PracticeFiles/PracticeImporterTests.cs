using System.ServiceModel;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.PracticeFiles;
using DataverseSharing.Integration.Tests.Suggestions;
using DataverseSharing.Testing.Practices;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Tests.PracticeFiles;

/// <summary>PracticeImporter: unchanged rows left alone, the whole import one transaction, two imports at once.</summary>
public sealed class PracticeImporterTests : IDisposable
{
    // Not a timing assertion: only a bound, so a broken wait fails the test instead of hanging the run.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);
    private readonly TempOrg temp = new();

    public PracticeImporterTests() => CliRun.Run(temp.OrgPath, "init");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Import_SameFileAgain_ChangesNoRowNorItsVersionOrModifiedOn()
    {
        var file = Write("library.json", PracticeFileText.Json(50, "one"));
        CliRun.Run(temp.OrgPath, "practices", "import", file);
        var before = Versions();

        var again = CliRun.Run(temp.OrgPath, "practices", "import", file);

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("Imported 50 practice(s) from library.json: 0 created, 0 updated, 50 unchanged.", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, Versions());
    }

    [Fact]
    public void Import_ExportedLibraryBackIntoItsOrg_ChangesNothing()
    {
        CliRun.Run(temp.OrgPath, "init", "--demo", "--practices", "20", "--force");
        var exported = temp.File("library.csv");
        CliRun.Run(temp.OrgPath, "practices", "export", "--out", exported);
        var before = Versions();

        var import = CliRun.Run(temp.OrgPath, "practices", "import", exported);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Contains("0 created, 0 updated, 26 unchanged", import.Output, StringComparison.Ordinal);
        Assert.Equal(before, Versions());
    }

    [Fact]
    public void Import_FileChangingSomeRows_UpdatesOnlyThoseAndCreatesTheNewOnes()
    {
        CliRun.Run(temp.OrgPath, "practices", "import", Write("first.json", PracticeFileText.Json(50, "one")));
        var before = Versions();
        var edited = PracticeFileText.Json(50, "one").Replace("Practice 7 (one)", "Practice 7, revised", StringComparison.Ordinal)
            .Replace("Practice 9 (one)", "Practice 9, revised", StringComparison.Ordinal);
        var withNew = edited[..edited.LastIndexOf(']')] + "," + PracticeFileText.Json(1, "one", first: 50)[1..];

        var import = CliRun.Run(temp.OrgPath, "practices", "import", Write("second.json", withNew));
        var after = Versions();

        Assert.Contains("1 created, 2 updated, 48 unchanged", import.Output, StringComparison.Ordinal);
        Assert.Equal(new[] { "K-00007", "K-00009" }, before.Where(b => after.Single(a => a.Key == b.Key) != b).Select(b => b.Key));
        Assert.Equal(51, after.Count);
    }

    [Fact]
    public void Import_EditedPractice_KeepsTheFeedbackCountsTheFileDoesNotCarry()
    {
        CliRun.Run(temp.OrgPath, "practices", "import", Write("first.json", PracticeFileText.Json(3, "one")));
        Query("UPDATE dvs_bestpractice SET dvs_timesapplied = 7, dvs_timesdismissed = 2, dvs_ratingcount = 3, dvs_ratingtotal = 12 WHERE dvs_practicekey = 'K-00001' RETURNING 1;", r => r.GetInt32(0));
        var edited = PracticeFileText.Json(3, "one").Replace("Practice 1 (one)", "Practice 1, revised", StringComparison.Ordinal);

        var import = CliRun.Run(temp.OrgPath, "practices", "import", Write("second.json", edited));

        Assert.Contains("0 created, 1 updated, 2 unchanged", import.Output, StringComparison.Ordinal);
        Assert.Equal(
            [(7L, 2L, 3L, 12L)],
            Query("SELECT dvs_timesapplied, dvs_timesdismissed, dvs_ratingcount, dvs_ratingtotal FROM dvs_bestpractice WHERE dvs_practicekey = 'K-00001';", r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3))));
        Assert.Equal("Practice 1, revised", Titles()["K-00001"]);
    }

    [Fact]
    public void Import_ServiceFailsInTheSecondBatch_LeavesNothingOfTheFirst()
    {
        var practices = Enumerable.Range(0, 2000)
            .Select(i => new ImportedPractice($"K-{i:D5}", new PracticeBuilder($"p{i}").WithTitle($"Practice {i}").Build(), i + 2))
            .ToList();
        using var real = new EmbeddedConnectionFactory(TextWriter.Null, _ => null).Open(new OrgOptions(temp.OrgPath));
        var failing = new OrgConnection(new FailsOnSecondTransaction(real.Service), real.UserId, real.Description, null) { WholeTransaction = real.WholeTransaction };

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => PracticeImporter.Import(failing, practices));

        Assert.Empty(real.Service.RetrieveMultiple(new QueryExpression("dvs_bestpractice") { ColumnSet = new ColumnSet(false) }).Entities);
    }

    [Fact]
    public async Task Import_TwoAtOnce_RunOneAfterTheOtherAndBothLandWhole()
    {
        var first = Write("first.json", PracticeFileText.Json(1500, "first"));
        var second = Write("second.json", PracticeFileText.Json(1500, "second", first: 500));
        var errors = new[] { new LockedWriter(), new LockedWriter() };
        var outputs = new[] { new LockedWriter(), new LockedWriter() };
        Task<int> importing;
        using (var holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp.OrgPath, Pooling = false }.ToString()))
        {
            // Both imports start while another process writes, so both are ready before either may begin.
            holder.Open();
            using (var command = holder.CreateCommand())
            {
                command.CommandText = "BEGIN IMMEDIATE; UPDATE systemuser SET firstname = firstname;";
                command.ExecuteNonQuery();
            }

            importing = Task.WhenAll(
                Task.Run(() => CliApplication.RunAsync(CliRun.Context(outputs[0], errors[0]), ["practices", "import", first, "--org", temp.OrgPath])),
                Task.Run(() => CliApplication.RunAsync(CliRun.Context(outputs[1], errors[1]), ["practices", "import", second, "--org", temp.OrgPath])))
                .ContinueWith(t => t.Result.Max(), TaskScheduler.Default);
            await WaitFor(errors[0], "Waiting for");
            await WaitFor(errors[1], "Waiting for");
        }

        Assert.Equal(ExitCodes.Success, await importing);
        var titles = Titles();
        Assert.Equal(2000, titles.Count);
        Assert.All(Enumerable.Range(0, 500), i => Assert.Equal($"Practice {i} (first)", titles[$"K-{i:D5}"]));
        Assert.All(Enumerable.Range(1500, 500), i => Assert.Equal($"Practice {i} (second)", titles[$"K-{i:D5}"]));

        // The 1,000 keys of both files hold one file's titles, all of them: the imports did not interleave.
        var shared = Enumerable.Range(500, 1000).Select(i => titles[$"K-{i:D5}"][$"Practice {i} ".Length..]).Distinct().ToList();
        Assert.Single(shared);
        var lastCreated = shared[0] == "(second)" ? outputs[1] : outputs[0];
        Assert.Contains("500 created, 1000 updated", lastCreated.Snapshot(), StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = temp.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    private List<(string Key, long Version, string ModifiedOn)> Versions() =>
        Query("SELECT dvs_practicekey, versionnumber, modifiedon FROM dvs_bestpractice ORDER BY dvs_practicekey;", r => (r.GetString(0), r.GetInt64(1), r.GetString(2)));

    private Dictionary<string, string> Titles() =>
        Query("SELECT dvs_practicekey, dvs_name FROM dvs_bestpractice;", r => (r.GetString(0), r.GetString(1))).ToDictionary(p => p.Item1, p => p.Item2);

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp.OrgPath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async Task WaitFor(LockedWriter output, string text)
    {
        using var limit = new CancellationTokenSource(GiveUpAfter);
        while (!output.Snapshot().Contains(text, StringComparison.Ordinal))
        {
            await Task.Delay(20, limit.Token);
        }
    }

    /// <summary>The org's service, except that the second ExecuteTransaction fails: storage gave out part-way.</summary>
    private sealed class FailsOnSecondTransaction(IOrganizationService inner) : IOrganizationService
    {
        private int transactions;

        public OrganizationResponse Execute(OrganizationRequest request)
        {
            if (request.RequestName == "ExecuteTransaction" && ++transactions == 2)
            {
                throw new FaultException<OrganizationServiceFault>(new OrganizationServiceFault { Message = "ExecuteTransaction failed in storage: disk I/O error" }, "disk I/O error");
            }

            return inner.Execute(request);
        }

        public Guid Create(Entity entity) => inner.Create(entity);

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

        public void Update(Entity entity) => inner.Update(entity);

        public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

        public EntityCollection RetrieveMultiple(QueryBase query) => inner.RetrieveMultiple(query);

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            inner.Associate(entityName, entityId, relationship, relatedEntities);

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            inner.Disassociate(entityName, entityId, relationship, relatedEntities);
    }
}
