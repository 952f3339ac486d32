using DataverseSharing.Integration.PracticeFiles;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Practices;

/// <summary>
/// One practice as `practices list --json` prints it: the fields of `practices export` (so a listed practice reads
/// like a file's), then its id, its source deal, who is credited on it and its statistics as one object.
/// </summary>
public static class PracticeListJson
{
    public static JObject Item(LibraryPractice practice, IReadOnlyDictionary<Guid, IReadOnlyList<PracticeContributor>> contributors)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(contributors);
        var p = practice.Practice;
        var item = PracticeFileWriter.ToJson(practice);
        item.AddFirst(new JProperty("id", p.Id));
        item["sourceOpportunityId"] = p.SourceOpportunityId is { } source ? new JValue(source) : JValue.CreateNull();
        item["contributors"] = new JArray(
            (Guid.TryParse(p.Id, out var id) && contributors.TryGetValue(id, out var credited) ? credited : [])
            .Select(c => new JObject { ["userId"] = c.UserId.ToString("D"), ["name"] = c.Name }));
        var stats = p.Effectiveness;
        item["statistics"] = new JObject
        {
            ["appliedWon"] = stats.AppliedWon,
            ["appliedLost"] = stats.AppliedLost,
            ["baselineWon"] = stats.BaselineWon,
            ["baselineLost"] = stats.BaselineLost,
            ["timesApplied"] = stats.TimesApplied,
            ["timesDismissed"] = stats.TimesDismissed,
            ["againstCompetitors"] = new JArray(stats.AgainstCompetitors.Select(c => new JObject { ["competitor"] = c.Competitor, ["won"] = c.Won, ["lost"] = c.Lost })),
            ["conservativeLift"] = Math.Round(stats.ConservativeLift, 4),
        };
        return item;
    }
}
