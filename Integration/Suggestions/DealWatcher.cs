using DataverseSharing.Domain.Ranking;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Suggestions;

/// <summary>
/// Follows a deal while someone edits it: polls the opportunity's row version (a one-column read), and when it
/// moved and a column the ranking reads changed, re-reads the deal, re-ranks and prints what changed.
/// Cancellation (Ctrl+C) ends the watch normally. Each poll first reads the org's identity: when another process
/// replaced the whole org (init --force), the deal followed may no longer exist or mean the same, so the watch ends
/// with an error (exit 4) that says so, rather than going on against an org the user did not start it on.
/// </summary>
public sealed class DealWatcher
{
    private static readonly ColumnSet VersionOnly = new("versionnumber", "modifiedon");
    private readonly CliContext context;
    private readonly OrgConnection connection;
    private readonly IOrganizationService service;
    private readonly Ranker ranker;
    private readonly int top;
    private readonly bool json;

    public DealWatcher(CliContext context, OrgConnection connection, Ranker ranker, int top, bool json)
    {
        ArgumentNullException.ThrowIfNull(connection);
        this.context = context;
        this.connection = connection;
        service = connection.Service;
        this.ranker = ranker;
        this.top = top;
        this.json = json;
    }

    public async Task WatchAsync(DealSnapshot start, CancellationToken cancellation)
    {
        var deal = start;
        var identity = connection.ReadIdentity?.Invoke();
        var ranking = Rank(deal);
        if (json)
        {
            WriteJson("initial", deal, ranking, null);
        }
        else
        {
            context.Output.WriteLine($"Watching \"{deal.Name}\" ({StageText(deal)}); Ctrl+C to stop.");
            SuggestionOutput.WriteTable(context.Output, ranking);
        }

        await context.Output.FlushAsync(cancellation).ConfigureAwait(false);
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(context.WatchInterval, context.Clock, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (connection.ReadIdentity?.Invoke() != identity)
            {
                throw new CliException(ExitCodes.Environment, $"The org at {connection.Description} was replaced by another process (init --force) while the watch ran; start the watch again to follow the new org.");
            }

            var version = service.Retrieve(OpportunitySchema.Table, deal.Id, VersionOnly).GetAttributeValue<long?>("versionnumber");
            if (version == deal.Version)
            {
                continue;
            }

            var next = DealReader.Read(service, service.Retrieve(OpportunitySchema.Table, deal.Id, DealReader.OpportunityColumns));
            var relevant = RelevantChanged(deal.Opportunity, next.Opportunity);
            deal = next;
            if (!relevant)
            {
                continue;
            }

            var now = Rank(deal);
            var changes = SuggestionChanges.Between(ranking, now);
            ranking = now;
            if (json)
            {
                WriteJson("changed", deal, now, changes);
            }
            else
            {
                context.Output.WriteLine($"{context.Clock.GetUtcNow():HH:mm:ss} deal changed ({StageText(deal)}): {(changes.IsEmpty ? "suggestions unchanged" : "suggestions changed")}");
                changes.Write(context.Output);
            }

            await context.Output.FlushAsync(cancellation).ConfigureAwait(false);
        }
    }

    private IReadOnlyList<Suggestion> Rank(DealSnapshot deal) => ranker.Rank(deal.Context, top, context.Clock.GetUtcNow().UtcDateTime);

    private static bool RelevantChanged(Entity before, Entity after) =>
        OpportunitySchema.RankingColumns.Any(c => !Equals(Normalise(before, c), Normalise(after, c)));

    private static object? Normalise(Entity row, string column) => row.Attributes.TryGetValue(column, out var value) ? value switch
    {
        OptionSetValue option => option.Value,
        Money money => money.Value,
        EntityReference reference => reference.Id,
        _ => value,
    } : null;

    private static string StageText(DealSnapshot deal) => deal.Opportunity.GetAttributeValue<string>(OpportunitySchema.StepName) ?? "no stage";

    private void WriteJson(string kind, DealSnapshot deal, IReadOnlyList<Suggestion> ranking, SuggestionChanges? changes)
    {
        var line = new JObject
        {
            ["event"] = kind,
            ["opportunityId"] = deal.Id.ToString("D"),
            ["version"] = deal.Version,
            ["suggestions"] = SuggestionOutput.ToJson(ranking, ranker),
        };
        if (changes is not null)
        {
            line["entered"] = new JArray(changes.Entered.Select(s => s.Practice.Id));
            line["left"] = new JArray(changes.Left.Select(s => s.Practice.Id));
            line["moved"] = new JArray(changes.Moved.Select(m => new JObject { ["practiceId"] = m.Now.Practice.Id, ["from"] = m.WasRank, ["to"] = m.Now.Rank }));
        }

        context.Output.WriteLine(line.ToString(Formatting.None));
    }
}
