using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// kill -9 of <c>deal close</c> and <c>suggestion apply</c> at a random moment: the close (state, close activity,
/// competitor) and the feedback (the row's status) are each all there or not there at all, and running the command
/// again finishes the job: the statistics the outcome and feedback steps count end as a run that was never killed
/// leaves them. Kills are drawn from the time between the process opening the org (its write-ahead log appears) and
/// its end.
/// </summary>
[Collection(DemoOrgCollection.Name)]
public sealed class FeedbackKillTests : IDisposable
{
    private const string Competitor = "Oracle";
    private readonly ITestOutputHelper log;
    private readonly TempOrg temp = new();
    private readonly string org;
    private readonly string key;

    // The showcase deal gets its suggestion rows by moving to Close; the first Suggested one is the practice used here.
    public FeedbackKillTests(DemoOrgFixture fixture, ITestOutputHelper log)
    {
        this.log = log;
        org = fixture.CopyTo(temp);
        Assert.Equal(ExitCodes.Success, CliRun.Run(org, "deal", "update", Deal, "--stage", "Close").ExitCode);
        var show = JObject.Parse(CliRun.Run(org, "deal", "show", Deal, "--json").Output);
        key = (string)show["suggestions"]!.First(r => (string?)r["status"] == "Suggested")["practiceKey"]!;
    }

    public void Dispose() => temp.Dispose();

    private static string Deal => DemoOrgFixture.ShowcaseDeal;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void DealClose_KilledAtARandomMoment_ClosedWholeOrOpenAndARerunEndsAsAWholeRun(int kill)
    {
        Assert.Equal(ExitCodes.Success, CliRun.Run(org, "suggestion", "apply", Deal, key).ExitCode);
        string[] args = ["deal", "close", Deal, "--won", "--competitor", Competitor, "--notes", "Payback model convinced the CFO"];
        var (run, whole) = KillDuring(kill, args);

        var (state, closes, competitor) = With(org, service => (State(service), Closes(service), HasCompetitor(service)));
        log.WriteLine($"{run} -> state {state}, {closes} close activit(ies), competitor {competitor}");
        Assert.True(
            (state, closes, competitor) is (OpportunitySchema.StateOpen, 0, false) or (OpportunitySchema.StateWon, 1, true),
            $"{run}: state {state}, {closes} opportunityclose row(s), competitor joined {competitor}");

        var rerun = CliRun.Run(org, args);
        Assert.True(rerun.ExitCode == (state == OpportunitySchema.StateOpen ? ExitCodes.Success : ExitCodes.InvalidInput), rerun.ToString());
        var after = With(org, service => (State(service), Closes(service), Statistics(service)));
        Assert.Equal((OpportunitySchema.StateWon, 1), (after.Item1, after.Item2));
        Assert.Equal(whole, after.Item3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void SuggestionApply_KilledAtARandomMoment_RowAppliedOrUntouchedAndARerunEndsAsAWholeRun(int kill)
    {
        string[] args = ["suggestion", "apply", Deal, key];
        var (run, whole) = KillDuring(kill, args);

        var status = With(org, RowStatus);
        log.WriteLine($"{run} -> row status {status}");
        Assert.True(status is PracticeSuggestionSchema.StatusApplied or PracticeSuggestionSchema.StatusSuggested, $"{run}: row status {status}");

        var rerun = CliRun.Run(org, args);
        Assert.Equal(ExitCodes.Success, rerun.ExitCode);
        var after = With(org, service => (RowStatus(service), Statistics(service)));
        Assert.Equal(PracticeSuggestionSchema.StatusApplied, after.Item1);
        Assert.Equal(whole, after.Item2);
    }

    // The reference: the same command run to its end on a copy, and the statistics it leaves.
    private (ChildRun Run, string WholeStatistics) KillDuring(int kill, string[] args)
    {
        using var reference = new TempOrg();
        File.Copy(org, reference.OrgPath);
        var whole = ConsoleProcess.Command(reference.OrgPath, args).RunToEnd(Opened(reference.OrgPath));
        Assert.True(whole.ExitCode == ExitCodes.Success, whole.ToString());
        var statistics = With(reference.OrgPath, Statistics);
        var window = whole.ArmedFor > TimeSpan.Zero ? whole.ArmedFor : whole.Elapsed;
        var run = ConsoleProcess.Command(org, args).RunAndKill(KillSeed.For(kill), window, Opened(org));
        Assert.Equal("ok", OrgFileContent.Read(org).Integrity);
        return (run, statistics);
    }

    private static Func<bool> Opened(string path) => () => File.Exists(path + "-wal");

    // Opening the org the way a command does also runs what a killed command left queued.
    private static T With<T>(string path, Func<IOrganizationService, T> read)
    {
        using var connection = CliRun.Context(TextWriter.Null, TextWriter.Null).Connections.Open(new OrgOptions(path));
        return read(connection.Service);
    }

    private static Guid DealId(IOrganizationService service)
    {
        var query = new QueryExpression(OpportunitySchema.Table) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(OpportunitySchema.Name, ConditionOperator.Equal, Deal);
        return service.RetrieveMultiple(query).Entities.Single().Id;
    }

    private static int State(IOrganizationService service) =>
        service.Retrieve(OpportunitySchema.Table, DealId(service), new ColumnSet(OpportunitySchema.StateCode)).GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)!.Value;

    private static bool HasCompetitor(IOrganizationService service) =>
        ValueList.Split(service.Retrieve(OpportunitySchema.Table, DealId(service), new ColumnSet(OpportunitySchema.Competitors)).GetAttributeValue<string>(OpportunitySchema.Competitors))
            .Contains(Competitor, StringComparer.OrdinalIgnoreCase);

    private static int Closes(IOrganizationService service)
    {
        var query = new QueryExpression("opportunityclose") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("opportunityid", ConditionOperator.Equal, DealId(service));
        return service.RetrieveMultiple(query).Entities.Count;
    }

    private int RowStatus(IOrganizationService service)
    {
        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(PracticeSuggestionSchema.StatusCode) };
        query.Criteria.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, DealId(service));
        var practice = query.AddLink(BestPracticeSchema.Table, PracticeSuggestionSchema.BestPractice, BestPracticeSchema.Id);
        practice.LinkCriteria.AddCondition(BestPracticeSchema.PracticeKey, ConditionOperator.Equal, key);
        return service.RetrieveMultiple(query).Entities.Single().GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)!.Value;
    }

    // The statistics of every practice suggested on the deal, by key.
    private static string Statistics(IOrganizationService service)
    {
        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(PracticeMapper.Columns) };
        var rows = query.AddLink(PracticeSuggestionSchema.Table, BestPracticeSchema.Id, PracticeSuggestionSchema.BestPractice);
        rows.LinkCriteria.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, DealId(service));
        return string.Join("\n", service.RetrieveMultiple(query).Entities
            .Select(r => $"{r.GetAttributeValue<string>(BestPracticeSchema.PracticeKey)}: {Describe(PracticeMapper.ToPractice(r).Effectiveness)}")
            .Order(StringComparer.Ordinal));
    }

    private static string Describe(Domain.Practices.EffectivenessStats s) =>
        $"applied {s.AppliedWon}/{s.AppliedLost}, baseline {s.BaselineWon}/{s.BaselineLost}, times applied {s.TimesApplied}, dismissed {s.TimesDismissed}, "
        + string.Join(", ", s.AgainstCompetitors.Select(c => $"{c.Competitor} {c.Won}/{c.Lost}"));
}
