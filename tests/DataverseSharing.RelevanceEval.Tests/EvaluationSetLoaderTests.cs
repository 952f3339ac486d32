using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Tests;

public class EvaluationSetLoaderTests
{
    private const string Manifest = """{ "name": "tiny", "asOf": "2026-11-01" }""";

    private const string Practices = """
        [
          {
            "id": "P001", "title": "Give-get list", "summary": "Plan concessions.", "body": "Write it down.",
            "topic": "Negotiation", "industries": [], "regions": [], "productFamilies": [], "dealSizeBand": null,
            "salesStages": ["Propose", "Close"], "buyerRoles": ["Procurement"], "competitors": [], "keywords": [],
            "status": "Approved", "approvedOn": "2026-03-01", "expiresOn": null,
            "effectiveness": { "appliedWon": 7, "appliedLost": 2, "baselineWon": 40, "baselineLost": 60 }
          }
        ]
        """;

    private const string Deals = """
        [
          {
            "id": "D001", "name": "Acme", "industry": "Retail", "region": "Nordics", "stage": "Close",
            "estimatedValue": 420000, "products": [], "competitors": [], "buyerRoles": ["Procurement"],
            "decisionUnitSize": 4, "description": "Purchasing wants 20% off.", "practicesUsed": [], "dismissed": []
          }
        ]
        """;

    private const string Judgments = """{ "D001": { "P001": 3 } }""";

    private static TempDirectory ValidSet()
    {
        var dir = new TempDirectory();
        dir.Write(DataFiles.Manifest, Manifest);
        dir.Write(DataFiles.Practices, Practices);
        dir.Write(DataFiles.Deals, Deals);
        dir.Write(DataFiles.Judgments, Judgments);
        return dir;
    }

    [Fact]
    public void Load_ValidFiles_ReadsEveryField()
    {
        using var dir = ValidSet();

        var set = EvaluationSetLoader.Load(dir.Path);

        var practice = Assert.Single(set.Practices);
        Assert.Equal(Topic.Negotiation, practice.Topic);
        Assert.Equal([Stage.Propose, Stage.Close], practice.SalesStages);
        Assert.Equal(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), practice.ApprovedOn);
        Assert.Equal(7, practice.Effectiveness.AppliedWon);
        var deal = Assert.Single(set.Deals);
        Assert.Equal(Stage.Close, deal.Stage);
        Assert.Equal(420000m, deal.EstimatedValue);
        Assert.Equal(3, set.JudgmentsFor("D001")["P001"]);
        Assert.Equal(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), set.AsOf);
    }

    [Fact]
    public void Load_MalformedPracticesFile_NamesFilePathAndLine()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Practices, "[\n  { \"id\": \"P001\",\n    \"title\": \"x\" \"summary\": \"y\" }\n]");

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.Equal(DataFiles.Practices, ex.FileName);
        Assert.StartsWith("practices.json: malformed JSON", ex.Message, StringComparison.Ordinal);
        Assert.Contains("path '[0].title'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongValueType_NamesFilePathAndLine()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Deals, Deals.Replace("\"decisionUnitSize\": 4", "\"decisionUnitSize\": \"four\"", StringComparison.Ordinal));

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.StartsWith("deals.json:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[0].decisionUnitSize", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltProperty_NamesFileAndPath()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Deals, Deals.Replace("\"buyerRoles\"", "\"buyerRole\"", StringComparison.Ordinal));

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.StartsWith("deals.json:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("buyerRole", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTopic_NamesRecordIdAndField()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Practices, Practices.Replace("\"Negotiation\"", "\"Haggling\"", StringComparison.Ordinal));

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.StartsWith("practices.json: record P001, field 'topic': unknown value 'Haggling'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownPracticeStage_NamesRecordIdAndField()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Practices, Practices.Replace("\"Propose\", \"Close\"", "\"Propose\", \"Won\"", StringComparison.Ordinal));

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.StartsWith("practices.json: record P001, field 'salesStages': unknown value 'Won'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownDealStage_NamesRecordIdAndField()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Deals, Deals.Replace("\"stage\": \"Close\"", "\"stage\": \"close\"", StringComparison.Ordinal));

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.StartsWith("deals.json: record D001, field 'stage': unknown value 'close'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NumericStatus_IsRejectedAsUnknown()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Practices, Practices.Replace("\"Approved\"", "\"2\"", StringComparison.Ordinal));

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.Contains("record P001, field 'status': unknown value '2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadDate_NamesRecordIdAndField()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Practices, Practices.Replace("\"2026-03-01\"", "\"01/03/2026\"", StringComparison.Ordinal));

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.StartsWith("practices.json: record P001, field 'approvedOn'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingId_NamesRecordPosition()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Deals, Deals.Replace("\"id\": \"D001\", ", string.Empty, StringComparison.Ordinal));

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.StartsWith("deals.json: record record #1, field 'id'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GradeOutsideRange_NamesDealAndPractice()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Judgments, """{ "D001": { "P001": 4 } }""");

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.Equal("judgments.json: deal D001, practice P001: grade 4 is outside 0-3", ex.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesFile()
    {
        using var dir = ValidSet();
        File.Delete(Path.Combine(dir.Path, DataFiles.Judgments));

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.StartsWith("judgments.json: file not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LoadedSet_RoundTripsUnchanged()
    {
        using var source = ValidSet();
        using var target = new TempDirectory();
        var original = EvaluationSetLoader.Load(source.Path);

        EvaluationSetWriter.Write(original, target.Path, "round trip");
        var copy = EvaluationSetLoader.Load(target.Path);

        Assert.Equal(original.Practices, copy.Practices, PracticeComparer.Instance);
        Assert.Equal(original.Deals.Select(d => (d.Id, d.Stage, d.EstimatedValue, d.Description)), copy.Deals.Select(d => (d.Id, d.Stage, d.EstimatedValue, d.Description)));
        Assert.Equal(original.JudgmentsFor("D001"), copy.JudgmentsFor("D001"));
    }

    [Fact]
    public void Load_ManifestPointsAtSharedPractices_ReadsThemFromThere()
    {
        using var library = ValidSet();
        using var holdout = new TempDirectory();
        var relative = Path.GetRelativePath(holdout.Path, Path.Combine(library.Path, DataFiles.Practices));
        holdout.Write(DataFiles.Manifest, $$"""{ "name": "held out", "asOf": "2026-11-01", "practices": "{{relative.Replace("\\", "/", StringComparison.Ordinal)}}" }""");
        holdout.Write(DataFiles.Deals, Deals);
        holdout.Write(DataFiles.Judgments, Judgments);

        var set = EvaluationSetLoader.Load(holdout.Path);

        Assert.Equal("P001", Assert.Single(set.Practices).Id);
        Assert.False(File.Exists(Path.Combine(holdout.Path, DataFiles.Practices)));
    }

    [Fact]
    public void Load_SharedPracticesPathIsAbsolute_NamesTheManifestField()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Manifest, """{ "name": "tiny", "asOf": "2026-11-01", "practices": "/etc/practices.json" }""");

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.Contains("manifest.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'practices'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SharedPracticesFileMissing_SaysWhichFile()
    {
        using var dir = ValidSet();
        dir.Write(DataFiles.Manifest, """{ "name": "tiny", "asOf": "2026-11-01", "practices": "../nowhere/practices.json" }""");

        var ex = Assert.Throws<DataLoadException>(() => EvaluationSetLoader.Load(dir.Path));

        Assert.Contains("practices.json: file not found", ex.Message, StringComparison.Ordinal);
    }

    // Records compare lists by reference; compare the fields that matter by value.
    private sealed class PracticeComparer : IEqualityComparer<PracticeRecord>
    {
        public static readonly PracticeComparer Instance = new();

        public bool Equals(PracticeRecord? x, PracticeRecord? y) =>
            x is not null && y is not null
            && x.Id == y.Id && x.Topic == y.Topic && x.Status == y.Status && x.Body == y.Body
            && x.SalesStages.SequenceEqual(y.SalesStages) && x.BuyerRoles.SequenceEqual(y.BuyerRoles)
            && x.ApprovedOn == y.ApprovedOn && x.ExpiresOn == y.ExpiresOn && x.Effectiveness == y.Effectiveness;

        public int GetHashCode(PracticeRecord obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
