using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Demo;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit.Abstractions;

namespace DataverseSharing.Integration.Tests.Commands;

/// <summary>
/// kill -9 of a console process at a random moment of a command whose plug-ins write: the tag (flag, draft,
/// contributor links), an approval that retires the version it replaces, and a stage change with the suggest step
/// it queues. Each must be all there or not there at all, and the next command must finish whatever was queued.
/// Kills are drawn from the time between the process opening the org (its write-ahead log appears) and its end.
/// </summary>
[Collection(DemoOrgCollection.Name)]
public sealed class PluginWriteKillTests : IDisposable
{
    private static readonly DemoOrg Demo = DemoOrgGenerator.Generate(new DemoOptions());
    private readonly DemoOrgFixture fixture;
    private readonly ITestOutputHelper log;
    private readonly TempOrg temp = new();

    public PluginWriteKillTests(DemoOrgFixture fixture, ITestOutputHelper log)
    {
        this.fixture = fixture;
        this.log = log;
    }

    public void Dispose() => temp.Dispose();

    private static DemoDeal WonDeal => Demo.Deals.First(d => d.State == OpportunitySchema.StateWon);

    private static string ManagerOf(DemoDeal deal) =>
        Demo.Users.Single(u => u.Id == Demo.Users.Single(o => o.Id == deal.OwnerId).ManagerId).FullName;

    private static string Approver => Demo.Users.Single(u => u.Role == "Approver").FullName;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Tag_KilledAtARandomMoment_LeavesTheTagWholeOrAbsent(int kill)
    {
        var args = new[] { "deal", "tag", WonDeal.Id.ToString("D"), "--notes", "Won on the payback model", "--as", ManagerOf(WonDeal) };
        var run = KillDuring(kill, args);

        var (flagged, drafts, contributors, tagger) = Inspect(service =>
        {
            var deal = service.Retrieve(OpportunitySchema.Table, WonDeal.Id, new ColumnSet(OpportunitySchema.IsPracticeSource, OpportunitySchema.TaggedBy));
            var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(false) };
            query.Criteria.AddCondition(BestPracticeSchema.SourceOpportunity, ConditionOperator.Equal, WonDeal.Id);
            var found = service.RetrieveMultiple(query).Entities;
            var links = found.Count == 0 ? 0 : Links(service, found[0].Id);
            return (deal.GetAttributeValue<bool?>(OpportunitySchema.IsPracticeSource) == true, found.Count, links, deal.GetAttributeValue<EntityReference>(OpportunitySchema.TaggedBy) is not null);
        });

        log.WriteLine($"{run} -> tagged: {flagged}, drafts: {drafts}, contributors: {contributors}");
        Assert.True(flagged ? drafts == 1 && contributors == 2 && tagger : drafts == 0 && !tagger, $"{run}: tagged {flagged}, {drafts} draft(s), {contributors} contributor(s), tagger {tagger}");
        Assert.True(run.Killed || run.ExitCode == ExitCodes.Success, run.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ApproveRevision_KilledAtARandomMoment_RetiresTheOldVersionExactlyWhenTheNewOneIsApproved(int kill)
    {
        var key = Demo.Practices.First(p => p.Status == Domain.Practices.PracticeStatus.Approved).Key;
        var org = fixture.CopyTo(temp);
        Assert.Equal(ExitCodes.Success, CliRun.Run(org, "practices", "revise", key, "--as", Approver).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.Run(org, "practices", "submit", key + "-v2", "--as", Approver).ExitCode);

        var run = KillDuring(kill, ["practices", "approve", key + "-v2", "--as", Approver], copy: false);

        var (old, next) = Inspect(service => (Status(service, key), Status(service, key + "-v2")));
        log.WriteLine($"{run} -> {key}: {old}, {key}-v2: {next}");
        Assert.True(
            (old, next) is (BestPracticeSchema.StatusApproved, BestPracticeSchema.StatusSubmitted) or (BestPracticeSchema.StatusRetired, BestPracticeSchema.StatusApproved),
            $"{run}: {key} is {old}, {key}-v2 is {next}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void StageChange_KilledWhileSuggestionsAreWritten_EndsWithTheWholeRankingAfterTheNextCommand(int kill)
    {
        var args = new[] { "deal", "update", DemoOrgFixture.ShowcaseDeal, "--stage", "Close" };
        var whole = WholeRunSuggestions(args);

        var run = KillDuring(kill, args);
        CliRun.Run(temp.OrgPath, "deal", "show", DemoOrgFixture.ShowcaseDeal);
        var (stage, rows) = Inspect(service => (Stage(service), Suggestions(service)));

        log.WriteLine($"{run} -> stage {stage}, {rows}");
        Assert.True(stage == (int)Domain.Practices.SalesStage.Close ? rows == whole.Rows : rows == whole.Before, $"{run}: stage {stage}\nrows:   {rows}\nwhole:  {whole.Rows}\nbefore: {whole.Before}");
    }

    private ChildRun KillDuring(int kill, string[] args, bool copy = true)
    {
        if (copy)
        {
            fixture.CopyTo(temp);
        }

        using var reference = new TempOrg();
        File.Copy(temp.OrgPath, reference.OrgPath);
        var whole = ConsoleProcess.Command(reference.OrgPath, args).RunToEnd(Opened(reference));
        Assert.True(whole.ExitCode == ExitCodes.Success, whole.ToString());
        var window = whole.ArmedFor > TimeSpan.Zero ? whole.ArmedFor : whole.Elapsed;
        return ConsoleProcess.Command(temp.OrgPath, args).RunAndKill(KillSeed.For(kill), window, Opened(temp));
    }

    private (string Before, string Rows) WholeRunSuggestions(string[] args)
    {
        using var reference = new TempOrg();
        fixture.CopyTo(reference);
        var before = With(reference.OrgPath, Suggestions);
        Assert.Equal(ExitCodes.Success, CliRun.Run(reference.OrgPath, args).ExitCode);
        return (before, With(reference.OrgPath, Suggestions));
    }

    private static Func<bool> Opened(TempOrg org) => () => File.Exists(org.OrgPath + "-wal");

    private T Inspect<T>(Func<IOrganizationService, T> read)
    {
        Assert.Equal("ok", OrgFileContent.Read(temp.OrgPath).Integrity);
        return With(temp.OrgPath, read);
    }

    private static T With<T>(string path, Func<IOrganizationService, T> read)
    {
        using var connection = CliRun.Context(TextWriter.Null, TextWriter.Null).Connections.Open(new OrgOptions(path));
        return read(connection.Service);
    }

    private static int Links(IOrganizationService service, Guid practice)
    {
        var query = new QueryExpression(BestPracticeSchema.ContributorRelationship) { ColumnSet = new ColumnSet("systemuserid") };
        query.Criteria.AddCondition(BestPracticeSchema.Id, ConditionOperator.Equal, practice);
        return service.RetrieveMultiple(query).Entities.Count;
    }

    private static int Status(IOrganizationService service, string key)
    {
        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(BestPracticeSchema.StatusCode) };
        query.Criteria.AddCondition(BestPracticeSchema.PracticeKey, ConditionOperator.Equal, key);
        return service.RetrieveMultiple(query).Entities.Single().GetAttributeValue<OptionSetValue>(BestPracticeSchema.StatusCode)!.Value;
    }

    private static Guid Showcase(IOrganizationService service)
    {
        var query = new QueryExpression(OpportunitySchema.Table) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(OpportunitySchema.Name, ConditionOperator.Equal, DemoOrgFixture.ShowcaseDeal);
        return service.RetrieveMultiple(query).Entities.Single().Id;
    }

    private static int Stage(IOrganizationService service) =>
        service.Retrieve(OpportunitySchema.Table, Showcase(service), new ColumnSet(OpportunitySchema.SalesStage)).GetAttributeValue<OptionSetValue>(OpportunitySchema.SalesStage)!.Value;

    private static string Suggestions(IOrganizationService service)
    {
        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(PracticeSuggestionSchema.BestPractice, PracticeSuggestionSchema.Rank, PracticeSuggestionSchema.StatusCode) };
        query.Criteria.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, Showcase(service));
        return string.Join(";", service.RetrieveMultiple(query).Entities
            .Select(r => $"{r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)!.Id:N}@{r.GetAttributeValue<int?>(PracticeSuggestionSchema.Rank)}:{r.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StatusCode)!.Value}")
            .Order(StringComparer.Ordinal));
    }
}
