using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Writing;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Upserts validated practices by dvs_practicekey: an existing key is updated in place (its id, suggestions and
/// contributors kept) when the file changes any of its columns, and left alone when it changes none; a new key is
/// created. All requests are built before the first one is sent.
/// </summary>
public static class PracticeImporter
{
    private const int KeysPerQuery = 500;

    // Over the Web API the key query travels in the URL (FetchXML in a GET), and servers cap a URL's length
    // (Kestrel at 8 KB, Dataverse at 32 KB), so a query there carries a bounded share of URL: each key costs its
    // characters escaped (at most 3 each) plus its <value></value> element escaped.
    private const int KeyUrlBudgetPerWebQuery = 4_000;

    private const int UrlCostPerKey = 32;

    /// <summary>
    /// Imports through the connection: on an org that commits any number of writes together (the embedded default)
    /// the whole import is one transaction, its reads included, so it lands whole or not at all, even when killed,
    /// and a second import at the same time runs after it, on what it wrote. Elsewhere (a real Dataverse) it goes in
    /// batches of at most 1,000 requests that each commit whole, and every write there is an upsert by the practice
    /// key: a batch sent twice (a retry after a dropped connection) writes the same rows again, never a second copy,
    /// and running the import again after a failure finishes the job.
    /// </summary>
    public static ImportCounts Import(OrgConnection connection, IReadOnlyList<ImportedPractice> practices)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.WholeTransaction is { } whole
            ? whole.Run(() => Import(connection.Service, practices))
            : Import(connection.Service, practices, byKey: true);
    }

    /// <summary>Imports through the service as it is: atomic only when the caller runs it inside one transaction.</summary>
    public static ImportCounts Import(IOrganizationService service, IReadOnlyList<ImportedPractice> practices) => Import(service, practices, byKey: false);

    private static ImportCounts Import(IOrganizationService service, IReadOnlyList<ImportedPractice> practices, bool byKey)
    {
        ArgumentNullException.ThrowIfNull(practices);
        var rows = practices.Select(ToRow).ToList();
        var columns = rows.SelectMany(r => r.Row.Attributes.Keys).Distinct(StringComparer.Ordinal).ToArray();
        var stored = StoredRows(service, KeyChunks(practices.Select(p => p.Key).ToList(), byKey ? KeyUrlBudgetPerWebQuery : int.MaxValue), columns);
        var requests = new List<OrganizationRequest>(rows.Count);
        var created = 0;
        var unchanged = 0;
        foreach (var (key, row) in rows)
        {
            if (!stored.TryGetValue(key, out var existing))
            {
                created++;
                requests.Add(byKey ? UpsertByKey(key, row) : new CreateRequest { Target = row });
            }
            else
            {
                RemoveUsageCounts(row);
                if (StoredRowComparer.WouldChange(row, existing))
                {
                    row.Id = existing.Id;
                    requests.Add(byKey ? UpsertByKey(key, row) : new UpdateRequest { Target = row });
                }
                else
                {
                    unchanged++;
                }
            }
        }

        new RequestWriter(service).Write(requests);
        return new ImportCounts(created, requests.Count - created, unchanged);
    }

    /// <summary>
    /// Removes the counts a practice file does not carry (times applied and dismissed, ratings): the reps' feedback
    /// recorded them in this org, and an import of a library must not reset them to the file's zeros. A new row keeps
    /// its zeros.
    /// </summary>
    private static readonly string[] UsageCountColumns =
        [BestPracticeSchema.TimesApplied, BestPracticeSchema.TimesDismissed, BestPracticeSchema.RatingCount, BestPracticeSchema.RatingTotal];

    private static void RemoveUsageCounts(Entity row)
    {
        foreach (var column in UsageCountColumns)
        {
            row.Attributes.Remove(column);
        }
    }

    /// <summary>The write as an upsert addressed by the alternate key dvs_practicekey: the same result however often it runs.</summary>
    private static UpsertRequest UpsertByKey(string key, Entity row)
    {
        var target = new Entity(BestPracticeSchema.Table, BestPracticeSchema.PracticeKey, key);
        foreach (var column in row.Attributes.Where(a => a.Key != BestPracticeSchema.PracticeKey))
        {
            target[column.Key] = column.Value;
        }

        return new UpsertRequest { Target = target };
    }

    private static (string Key, Entity Row) ToRow(ImportedPractice imported)
    {
        var row = PracticeMapper.ToEntity(imported.Practice);
        row[BestPracticeSchema.PracticeKey] = imported.Key;
        row[BestPracticeSchema.StatusCode] = new OptionSetValue(PracticeMapper.StatusCodeOf(imported.Practice.Status));
        return (imported.Key, row);
    }

    /// <summary>The keys in groups of at most <see cref="KeysPerQuery"/>, each costing at most <paramref name="urlBudget"/> of URL.</summary>
    private static IEnumerable<string[]> KeyChunks(IReadOnlyList<string> keys, int urlBudget)
    {
        var chunk = new List<string>();
        var length = 0;
        foreach (var key in keys)
        {
            var cost = (key.Length * 3) + UrlCostPerKey;
            if (chunk.Count > 0 && (chunk.Count == KeysPerQuery || length + cost > urlBudget))
            {
                yield return chunk.ToArray();
                chunk.Clear();
                length = 0;
            }

            chunk.Add(key);
            length += cost;
        }

        if (chunk.Count > 0)
        {
            yield return chunk.ToArray();
        }
    }

    /// <summary>The stored rows of the keys, with the columns the import writes, by key (keys ignore case, as in Dataverse).</summary>
    private static Dictionary<string, Entity> StoredRows(IOrganizationService service, IEnumerable<string[]> keyChunks, string[] columns)
    {
        var rows = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in keyChunks)
        {
            var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(columns) };
            query.Criteria.AddCondition(BestPracticeSchema.PracticeKey, ConditionOperator.In, chunk.Cast<object>().ToArray());
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                rows[row.GetAttributeValue<string>(BestPracticeSchema.PracticeKey)!] = row;
            }
        }

        return rows;
    }
}
