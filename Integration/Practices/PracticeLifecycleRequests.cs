using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Plugins.Guards;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Practices;

/// <summary>
/// The console's lifecycle requests: each is one ordinary write (an Update of the status reason, or a Create of the
/// next version) that the lifecycle guard judges on the server, exactly as a form's button would send it. Nothing is
/// checked here that the guard checks; a refusal comes back as the guard's message.
/// </summary>
public static class PracticeLifecycleRequests
{
    private static readonly string[] ReadColumns =
    {
        BestPracticeSchema.Name, BestPracticeSchema.PracticeKey, BestPracticeSchema.StatusCode, BestPracticeSchema.Version, BestPracticeSchema.ApprovedOn,
    };

    /// <summary>The practice keyed <paramref name="key"/> (keys ignore case, as in Dataverse); exit code 2 when none is.</summary>
    public static Entity Find(IOrganizationService service, string key, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw CliException.Usage("The practice key is empty: give the key `practices list` shows.");
        }

        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(ReadColumns.Concat(columns).Distinct(StringComparer.Ordinal).ToArray()), TopCount = 1 };
        query.Criteria.AddCondition(BestPracticeSchema.PracticeKey, ConditionOperator.Equal, key.Trim());
        return service.RetrieveMultiple(query).Entities.FirstOrDefault()
            ?? throw CliException.NotFound($"No practice has the key \"{key.Trim()}\" (see `practices list`).");
    }

    /// <summary>Moves the practice to <paramref name="to"/>, with the comment when one is given; returns the row as stored after.</summary>
    public static Entity Move(IOrganizationService service, string key, PracticeStatus to, string? comment)
    {
        var practice = Find(service, key);
        var update = new Entity(BestPracticeSchema.Table, practice.Id)
        {
            [BestPracticeSchema.StatusCode] = new OptionSetValue(PracticeMapper.StatusCodeOf(to)),
            [BestPracticeSchema.StateCode] = new OptionSetValue(PracticeMapper.StateCodeOf(to)),
        };
        if (!string.IsNullOrWhiteSpace(comment))
        {
            update[BestPracticeSchema.ReviewComment] = comment!.Trim();
        }

        service.Update(update);
        return service.Retrieve(BestPracticeSchema.Table, practice.Id, new ColumnSet(ReadColumns));
    }

    /// <summary>
    /// Starts the next version of an approved practice: a new row with its content and a link to it. The guard gives
    /// it its version number and key, and refuses when the practice is not approved or already under revision.
    /// </summary>
    public static Entity Revise(IOrganizationService service, string key, string? comment)
    {
        var approved = Find(service, key, PracticeWrite.ContentColumns);
        var revision = new Entity(BestPracticeSchema.Table);
        foreach (var column in PracticeWrite.ContentColumns.Except(new[] { BestPracticeSchema.PracticeKey, BestPracticeSchema.Version, BestPracticeSchema.PreviousVersion }))
        {
            if (approved.Attributes.TryGetValue(column, out var value) && value is not null)
            {
                revision[column] = value;
            }
        }

        revision[BestPracticeSchema.PreviousVersion] = approved.ToEntityReference();
        if (!string.IsNullOrWhiteSpace(comment))
        {
            revision[BestPracticeSchema.ReviewComment] = comment!.Trim();
        }

        var id = service.Create(revision);
        return service.Retrieve(BestPracticeSchema.Table, id, new ColumnSet(ReadColumns));
    }

    /// <summary>How a practice row reads in the console's one-line answers.</summary>
    public static string Describe(Entity practice) =>
        $"\"{practice.GetAttributeValue<string>(BestPracticeSchema.Name)}\" ({practice.GetAttributeValue<string>(BestPracticeSchema.PracticeKey)}, v{practice.GetAttributeValue<int?>(BestPracticeSchema.Version) ?? 1})";
}
