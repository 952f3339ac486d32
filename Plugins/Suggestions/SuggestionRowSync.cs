using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>What one sync wrote.</summary>
public sealed class SyncCounts
{
    public int Created { get; set; }

    public int Changed { get; set; }

    public int Removed { get; set; }

    public int Kept { get; set; }

    /// <summary>Rows left alone because the rep acted on them, or a write that lost a race and was skipped.</summary>
    public int Skipped { get; set; }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} created, {1} changed, {2} removed, {3} unchanged, {4} skipped", Created, Changed, Removed, Kept, Skipped);
}

/// <summary>
/// Makes a deal's untouched suggestion rows match a ranking, one request per row (bulk messages are not supported in
/// plug-ins) and only where something differs. A row the rep acted on (applied, dismissed, or rated) is never
/// written: it is left out of the comparison, and every update or delete carries the row version read, so a row the
/// rep acts on meanwhile makes that one write fail and be skipped rather than overwrite the rep.
/// </summary>
public static class SuggestionRowSync
{
    /// <summary>Whether the rep acted on the row.</summary>
    public static bool IsActedOn(Entity row) =>
        DealFeedbackRows.Status(row) != PracticeSuggestionSchema.StatusSuggested
        || row.GetAttributeValue<int?>(PracticeSuggestionSchema.Rating) is not null
        || (row.GetAttributeValue<OptionSetValue>(PracticeSuggestionSchema.StateCode)?.Value ?? PracticeSuggestionSchema.StateActive) != PracticeSuggestionSchema.StateActive;

    /// <summary>
    /// Writes the <paramref name="count"/> best of <paramref name="ranked"/> that the rep has not acted on as the deal's
    /// suggestions and removes the untouched rows that are no longer among them.
    /// </summary>
    public static SyncCounts Apply(IOrganizationService service, ITracingService tracing, DealRecord deal, IReadOnlyList<Entity> own, IEnumerable<Suggestion> ranked, int count)
    {
        if (service is null || deal is null || own is null || ranked is null)
        {
            throw new ArgumentNullException(service is null ? nameof(service) : deal is null ? nameof(deal) : own is null ? nameof(own) : nameof(ranked));
        }

        var counts = new SyncCounts();
        var acted = new HashSet<string>(own.Where(IsActedOn).Select(DealFeedbackRows.PracticeId), StringComparer.Ordinal);
        var untouched = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var row in own.Where(r => !IsActedOn(r)))
        {
            var practice = DealFeedbackRows.PracticeId(row);
            if (untouched.ContainsKey(practice))
            {
                // A duplicate (possible only without the alternate key): one row per practice is enough.
                Write(service, tracing, Delete(row), counts, c => c.Removed++);
                continue;
            }

            untouched[practice] = row;
        }

        counts.Skipped += acted.Count;
        var wanted = ranked.Where(s => !acted.Contains(s.Practice.Id)).Take(count).ToList();
        var rank = 0;
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var suggestion in wanted)
        {
            rank++;
            var values = Values(suggestion, rank);
            keep.Add(suggestion.Practice.Id);
            if (untouched.TryGetValue(suggestion.Practice.Id, out var existing))
            {
                var changes = Changes(existing, values);
                if (changes is null)
                {
                    counts.Kept++;
                    continue;
                }

                Write(service, tracing, new UpdateRequest { Target = changes, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }, counts, c => c.Changed++);
                continue;
            }

            if (!Guid.TryParse(suggestion.Practice.Id, out var practiceId))
            {
                tracing.Trace("practice id '{0}' is not a GUID; not suggested", suggestion.Practice.Id);
                continue;
            }

            var row = new Entity(PracticeSuggestionSchema.Table);
            foreach (var pair in values)
            {
                row[pair.Key] = pair.Value;
            }

            row[PracticeSuggestionSchema.Opportunity] = deal.Opportunity.ToEntityReference();
            row[PracticeSuggestionSchema.BestPractice] = new EntityReference(BestPracticeSchema.Table, practiceId);
            if (deal.OwnerId is { } owner && deal.Opportunity.GetAttributeValue<EntityReference>(OpportunitySchema.Owner) is { LogicalName: "systemuser" })
            {
                // The rep owns the deal's suggestions, so their dismissals and ratings are theirs.
                row[PracticeSuggestionSchema.Owner] = new EntityReference("systemuser", owner);
            }

            Write(service, tracing, new CreateRequest { Target = row }, counts, c => c.Created++);
        }

        foreach (var pair in untouched.Where(p => !keep.Contains(p.Key)))
        {
            Write(service, tracing, Delete(pair.Value), counts, c => c.Removed++);
        }

        return counts;
    }

    private static Dictionary<string, object> Values(Suggestion suggestion, int rank)
    {
        var title = suggestion.Practice.Title ?? string.Empty;
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [PracticeSuggestionSchema.Name] = title.Length <= 200 ? title : title.Substring(0, 200),
            [PracticeSuggestionSchema.Rank] = rank,
            [PracticeSuggestionSchema.Score] = StoredScore(suggestion.Score),
            [PracticeSuggestionSchema.Reasons] = SuggestionText.Reasons(suggestion.Reasons),
            [PracticeSuggestionSchema.EngineVersion] = RankingEngine.Version,
        };
    }

    // dvs_score holds 0 to 1,000,000 with four decimals; a practice pushed below zero by mismatches still ranks
    // (its rank says where), it is stored as 0.
    private static decimal StoredScore(double score) =>
        Math.Round((decimal)Math.Min(1_000_000.0, Math.Max(0.0, score)), 4);

    // Only the columns that differ, on a row carrying the version read; null when nothing differs.
    private static Entity? Changes(Entity existing, Dictionary<string, object> values)
    {
        var changes = new Entity(PracticeSuggestionSchema.Table, existing.Id) { RowVersion = existing.RowVersion };
        foreach (var pair in values)
        {
            var current = existing.Contains(pair.Key) ? existing[pair.Key] : null;
            if (!Equals(current, pair.Value))
            {
                changes[pair.Key] = pair.Value;
            }
        }

        return changes.Attributes.Count == 0 ? null : changes;
    }

    private static DeleteRequest Delete(Entity row) => new()
    {
        Target = new EntityReference(PracticeSuggestionSchema.Table, row.Id) { RowVersion = row.RowVersion },
        ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
    };

    // One row's write failing (the rep acted on it meanwhile, the practice was deleted, another ranking created
    // the same row first) skips that row: the others are still right, and the next ranking retries it.
    private static void Write(IOrganizationService service, ITracingService tracing, OrganizationRequest request, SyncCounts counts, Action<SyncCounts> done)
    {
        try
        {
            service.Execute(request);
            done(counts);
        }
        catch (FaultException<OrganizationServiceFault> e)
        {
            counts.Skipped++;
            tracing.Trace("{0} of a suggestion row skipped: {1}", request.RequestName, e.Detail?.Message ?? e.Message);
        }
    }
}
