using DataverseSharing.Integration.Writing;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>
/// Upserts validated practices by dvs_practicekey: an existing key is updated in place (its id, suggestions and
/// contributors kept), a new key is created. All requests are built before the first one is sent.
/// </summary>
public static class PracticeImporter
{
    private const int KeysPerQuery = 500;

    public static (int Created, int Updated) Import(IOrganizationService service, IReadOnlyList<ImportedPractice> practices)
    {
        var existing = ExistingIds(service, practices.Select(p => p.Key).ToList());
        var requests = new List<OrganizationRequest>(practices.Count);
        var created = 0;
        foreach (var imported in practices)
        {
            var row = PracticeMapper.ToEntity(imported.Practice);
            row[BestPracticeSchema.PracticeKey] = imported.Key;
            row[BestPracticeSchema.StatusCode] = new OptionSetValue(PracticeMapper.StatusCodeOf(imported.Practice.Status));
            if (existing.TryGetValue(imported.Key, out var id))
            {
                row.Id = id;
                requests.Add(new UpdateRequest { Target = row });
            }
            else
            {
                created++;
                requests.Add(new CreateRequest { Target = row });
            }
        }

        new RequestWriter(service).Write(requests);
        return (created, practices.Count - created);
    }

    private static Dictionary<string, Guid> ExistingIds(IOrganizationService service, IReadOnlyList<string> keys)
    {
        var ids = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(BestPracticeSchema.PracticeKey) };
            query.Criteria.AddCondition(BestPracticeSchema.PracticeKey, ConditionOperator.In, chunk.Cast<object>().ToArray());
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                ids[row.GetAttributeValue<string>(BestPracticeSchema.PracticeKey)!] = row.Id;
            }
        }

        return ids;
    }
}
