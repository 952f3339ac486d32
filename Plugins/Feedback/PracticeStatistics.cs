using System;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using DataverseSharing.Domain.Learning;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Feedback;

/// <summary>What one recount of a practice's statistics did.</summary>
public enum RecountResult
{
    /// <summary>The counts changed and were written.</summary>
    Written,

    /// <summary>The stored counts already match the facts; nothing was written.</summary>
    Unchanged,

    /// <summary>The practice no longer exists (deleted before or during the recount).</summary>
    PracticeGone,
}

/// <summary>
/// Keeps a practice's statistics equal to its facts: reads the practice (with its row version), counts its
/// suggestion facts (<see cref="DerivedStatistics"/>) and writes the columns that differ, only if the row is still
/// the version read. When another recount wrote first, the write is refused and the count starts again from the
/// new row, so the last write always comes from a count that started after every earlier write: no count is lost
/// however many recounts of one practice run at once, and none is counted twice, since nothing is incremented.
/// </summary>
public static class PracticeStatistics
{
    /// <summary>
    /// Recounts before giving up. Each refused write means another recount succeeded, so with n recounts of one
    /// practice at once a recount is refused at most n - 1 times.
    /// </summary>
    public const int MaxAttempts = 10;

    private const int StaleRowVersion = unchecked((int)0x80060882);
    private const int RecordNotFound = unchecked((int)0x80040217);

    private static readonly string[] Columns = PracticeMapper.Columns
        .Concat(PracticeMapper.StatisticsColumnNames)
        .Concat(new[] { BestPracticeSchema.VersionNumber })
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Recounts <paramref name="practiceId"/>.</summary>
    /// <exception cref="InvalidPluginExecutionException">Other writers changed the practice through every attempt; the system job's retry counts again.</exception>
    /// <exception cref="ArgumentException">The practice row holds a value the package does not define (the message names the record and column).</exception>
    public static RecountResult Recount(IOrganizationService service, ITracingService tracing, Guid practiceId)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        if (tracing is null)
        {
            throw new ArgumentNullException(nameof(tracing));
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = Read(service, practiceId);
            if (stored is null)
            {
                tracing.Trace("practice {0:D} no longer exists; nothing to count", practiceId);
                return RecountResult.PracticeGone;
            }

            var practice = PracticeMapper.ToPractice(stored);
            var stats = DerivedStatistics.From(practice, SuggestionFacts.Read(service, practiceId));
            var change = Changes(stored, PracticeMapper.StatisticsColumns(stats));
            if (change is null)
            {
                return RecountResult.Unchanged;
            }

            try
            {
                service.Execute(new UpdateRequest { Target = change, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                tracing.Trace("practice {0:D}: {1} applied, {2} won, {3} lost, baseline {4} won, {5} lost, {6} dismissed", practiceId, stats.TimesApplied, stats.AppliedWon, stats.AppliedLost, stats.BaselineWon, stats.BaselineLost, stats.TimesDismissed);
                return RecountResult.Written;
            }
            catch (FaultException<OrganizationServiceFault> e) when (e.Detail?.ErrorCode == StaleRowVersion)
            {
                tracing.Trace("practice {0:D} changed while it was counted; counting again (attempt {1} of {2})", practiceId, attempt + 1, MaxAttempts);
            }
            catch (FaultException<OrganizationServiceFault> e)
            {
                // Deleted between the read and the write: the platform (or a step of the Update, missing its image)
                // refuses the write; with the practice gone there is nothing left to count. Any other refusal stands.
                if (e.Detail?.ErrorCode != RecordNotFound && Read(service, practiceId) is not null)
                {
                    throw;
                }

                tracing.Trace("practice {0:D} was deleted while it was counted; nothing to write", practiceId);
                return RecountResult.PracticeGone;
            }
        }

        throw new InvalidPluginExecutionException(string.Format(
            CultureInfo.InvariantCulture,
            "The statistics of practice {0:D} changed under {1} counts in a row; the system job will count them again.",
            practiceId,
            MaxAttempts));
    }

    // A query rather than Retrieve: a practice deleted meanwhile is an empty result, not a fault to tell apart.
    private static Entity? Read(IOrganizationService service, Guid practiceId)
    {
        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(Columns), TopCount = 1 };
        query.Criteria.AddCondition(BestPracticeSchema.Id, ConditionOperator.Equal, practiceId);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    // Only the columns that differ, on a row carrying the version read; null when none does. An empty column and a
    // zero count (or no competitor lines, or an unset flag) are the same statistics.
    private static Entity? Changes(Entity stored, AttributeCollection counted)
    {
        var change = new Entity(BestPracticeSchema.Table, stored.Id) { RowVersion = stored.RowVersion };
        foreach (var pair in counted)
        {
            var current = stored.Contains(pair.Key) ? stored[pair.Key] : null;
            if (!Equals(Normal(current), Normal(pair.Value)))
            {
                change[pair.Key] = pair.Value;
            }
        }

        return change.Attributes.Count == 0 ? null : change;
    }

    private static object Normal(object? value) => value switch
    {
        null => string.Empty,
        int i when i == 0 => string.Empty,
        bool b when !b => string.Empty,
        decimal d when d == 0m => string.Empty,
        decimal d => d.ToString("0.0000", CultureInfo.InvariantCulture),
        _ => value,
    };
}
